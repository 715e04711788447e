"""The image record iterators refuse positional arguments only after the core made the iterator (its parameter and file checks first, the first batch's checks after), and test_utils.random_uniform_arrays takes any size numpy's uniform takes, as MXNet does."""
import os
import re
import struct
import tempfile
import zlib

import mxnet as mx
import numpy as np
from mxnet import test_utils as tu


def chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xffffffff)


def png(arr):
    h, w, _ = arr.shape
    rows = b"".join(b"\x00" + arr[y].astype(np.uint8).tobytes() for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


folder = tempfile.mkdtemp()
rec = os.path.join(folder, "d.rec")
writer = mx.recordio.MXRecordIO(rec, "w")
for i in range(3):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(np.full((6, 5, 3), 40 * i))))
writer.close()


def run(name, call):
    try:
        print(name, 'OK', type(call()).__name__)
    except Exception as e:
        text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace(folder, "FOLDER")
        print(name, type(e).__name__, text.replace('\n', ' | ')[:300])


for it in ['ImageRecordIter', 'ImageRecordIter_v1', 'ImageRecordUInt8Iter', 'ImageRecordInt8Iter', 'ImageRecordUInt8Iter_v1']:
    make = getattr(mx.io, it)
    run((it, 'alone'), lambda: make(1))
    run((it, 'complete'), lambda: make(1, path_imgrec=rec, data_shape=(3, 4, 4), batch_size=2))
    run((it, 'bad shape'), lambda: make(1, path_imgrec=rec, data_shape=(3, 4), batch_size=2))
    run((it, 'uint8'), lambda: make(1, path_imgrec=rec, data_shape=(3, 4, 4), batch_size=2, dtype='uint8'))
for it in ['ImageRecordIter', 'ImageRecordIter_v1']:
    run((it, 'missing file'), lambda: getattr(mx.io, it)(1, path_imgrec=rec + 'x', data_shape=(3, 4, 4), batch_size=2))

for shapes in [((2, 3), (4,), ()), (3, 0), ([2, 2],), (None,), ((-1,),)]:
    np.random.seed(0)
    try:
        arrays = tu.random_uniform_arrays(*shapes, low=-1, dtype=np.float16)
        print(shapes, [(a.shape, str(a.dtype), a.tolist()) for a in arrays])
    except Exception as e:
        print(shapes, type(e).__name__, e)
