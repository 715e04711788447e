# RecordFileDataset over files written with mx.recordio: indexing (negative, past the end), transform, take,
# shard, filter, DataLoader over raw records and unpacked labels; the reader keeps its path as MXNet does,
# a C string (ctypes.c_char_p), also after pickling.
# recorded on AVX2
import os
import pickle
import tempfile

import mxnet as mx
import numpy as np
from mxnet.gluon import data as gd
from _words import words

R = mx.recordio


def write(folder, name, records, keys=None):
    rec = os.path.join(folder, name + ".rec")
    w = R.MXIndexedRecordIO(os.path.join(folder, name + ".idx"), rec, "w")
    for i, r in enumerate(records):
        w.write_idx(keys[i] if keys else i, r)
    w.close()
    return rec


def show(x):
    if isinstance(x, mx.nd.NDArray):
        return f"{type(x).__name__}{x.shape}{np.dtype(x.dtype).name}:{x.asnumpy().tolist()}"
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(show(y) for y in x) + "]"
    return repr(x)


CASES = ["len(d)", "d[0]", "d[-1]", "d[len(d)]", "d[-len(d) - 1]", "[d[i] for i in range(len(d))]",
         "d.transform(len)[1]", "d.transform(lambda x: x[::-1], lazy=False)[-1]", "d.take(2)[1]", "len(d.take(9))",
         "d.shard(2, 1)[0]", "len(d.filter(lambda x: len(x) > 1))", "list(gd.DataLoader(d, batch_size=2, batchify_fn=list))",
         "list(gd.DataLoader(d.transform(len), batch_size=3))", "list(gd.DataLoader(d, batch_size=2))",
         "list(gd.DataLoader(d.transform(lambda x: R.unpack(x)[0].label), batch_size=2, last_batch='discard'))",
         "[(h.flag, show(h.label), h.id, h.id2, s) for h, s in map(R.unpack, d)]", "sorted(d._record.keys)",
         "(type(d._record.uri).__name__, os.path.basename(d._record.uri.value))",
         "(lambda r: (type(r.uri).__name__, os.path.basename(r.uri.value), r.read_idx(r.keys[0]), r.is_open))"
         "(pickle.loads(pickle.dumps(d._record)))"]
with tempfile.TemporaryDirectory() as tmp:
    files = {"raw": write(tmp, "raw", [b"x", b"yy", b"zzz", b""]),
             "keyed": write(tmp, "keyed", [b"one", b"two", b"three"], keys=[10, 3, 7]),
             "packed": write(tmp, "packed", [R.pack(R.IRHeader(0, float(i), i, 0), b"p%d" % i) for i in range(5)]),
             "multi": write(tmp, "multi", [R.pack(R.IRHeader(0, [1.0, 2.0, 3.0], 7, 0), b"m"),
                                           R.pack(R.IRHeader(0, np.array([4, 5], "float32"), 8, 1), b"mm")])}
    for name, path in files.items():
        d = gd.RecordFileDataset(path)
        for case in CASES:
            try:
                print(name, case, "->", show(eval(case)))
            except Exception as e:
                print(name, case, "->", words(e))
