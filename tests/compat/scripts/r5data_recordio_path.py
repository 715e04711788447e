# MXRecordIO hands the file name to its C library with str.encode: a pathlib.Path fails with
# AttributeError (so do RecordFileDataset and ImageRecordDataset given one), while an iterator parameter
# such as ImageRecordIter's path_imgrec is passed as text and takes a Path.
import os
import pathlib
import shutil
import struct
import tempfile
import warnings
import zlib

import mxnet as mx
from mxnet.gluon.data import RecordFileDataset
from mxnet.gluon.data.vision import ImageRecordDataset

warnings.simplefilter("ignore")


def png(h, w):
    raw = b"".join(b"\0" + bytes((r * 5 + c * 11 + k) % 256 for c in range(w) for k in range(3)) for r in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


root = tempfile.mkdtemp()
try:
    rec, idx = os.path.join(root, "d.rec"), os.path.join(root, "d.idx")
    w = mx.recordio.MXIndexedRecordIO(idx, rec, "w")
    for i in range(3):
        w.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(4, 4)))
    w.close()
    for name, make in [("MXRecordIO", lambda p: mx.recordio.MXRecordIO(p, "r")),
                       ("MXIndexedRecordIO", lambda p: mx.recordio.MXIndexedRecordIO(idx, p, "r")),
                       ("RecordFileDataset", RecordFileDataset), ("ImageRecordDataset", ImageRecordDataset)]:
        for arg in [rec, pathlib.Path(rec)]:
            try:
                obj = make(arg)
                print(name, type(arg).__name__, "opened", len(obj) if hasattr(obj, "__len__") else "")
            except AttributeError as e:
                print(name, type(arg).__name__, "AttributeError:", e)
    it = mx.io.ImageRecordIter(path_imgrec=pathlib.Path(rec), data_shape=(3, 4, 4), batch_size=3)
    batch = it.next()
    print("ImageRecordIter Path", batch.data[0].shape, batch.label[0].asnumpy().tolist())
finally:
    shutil.rmtree(root)
