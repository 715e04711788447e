"""RecordIO writers and readers used in the wrong mode or given a bad buffer fail as MXNet's, leaving no index entry."""
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import recordio


def show(make):
    try:
        print(repr(make()))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


with tempfile.TemporaryDirectory() as tmp:
    idx, rec = os.path.join(tmp, "a.idx"), os.path.join(tmp, "a.rec")
    writer = recordio.MXIndexedRecordIO(idx, rec, "w")
    for buf in [5, True, None, 1.5, "x", bytearray(b"x"), np.ones(2), np.float32(1), mx.nd.ones(2), [1]]:
        show(lambda: writer.write_idx(len(writer.keys) + 10, buf))
    writer.write_idx(1, b"one")
    show(writer.read)
    show(lambda: writer.seek(1))
    show(writer.tell)
    writer.close()
    print(writer.keys, writer.idx, open(idx).read().split("\n"))
    reader = recordio.MXIndexedRecordIO(idx, rec, "r")
    show(lambda: reader.write(b"x"))
    show(reader.tell)
    show(lambda: reader.write_idx(2, b"x"))
    show(lambda: reader.read_idx(1))
    reader.close()
