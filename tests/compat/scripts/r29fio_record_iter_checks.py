"""Image record iterators: a missing path_imglist is the input split's error, verbose is parsed as a boolean,
ImageRecordInt8Iter cannot create a mean image and ImageDetRecordIter's other dtypes fail in the reading thread,
each printed as MXNet's."""
# recorded on AVX2
import os
import re
import struct
import tempfile
import zlib

import numpy as np

import mxnet as mx


def png(pixels):
    rows = b"".join(b"\x00" + row.tobytes() for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    head = struct.pack(">IIBBBBB", pixels.shape[1], pixels.shape[0], 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


folder = tempfile.mkdtemp()
plain, det = os.path.join(folder, "five.rec"), os.path.join(folder, "det.rec")
for path, label in ((plain, lambda i: float(i)), (det, lambda i: np.array([2, 5, i % 2, .1, .1, .8, .9], np.float32))):
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(5):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label(i), i, 0), png(np.full((4, 4, 3), i * 10, np.uint8))))
    writer.close()
missing_list = os.path.join(folder, "missing.lst")
base = dict(data_shape=(3, 4, 4), batch_size=2, verbose=False)
cases = []
for name in ("ImageRecordIter", "ImageRecordIter_v1", "ImageRecordUInt8Iter", "ImageDetRecordIter"):
    rec = det if name == "ImageDetRecordIter" else plain
    cases += [(name + " missing path_imglist", name, dict(base, path_imgrec=rec, path_imglist=missing_list)),
              (name + " verbose='x'", name, dict(base, path_imgrec=rec, verbose="x")),
              (name + " verbose='0'", name, dict(base, path_imgrec=rec, verbose="0"))]
cases += [("ImageRecordInt8Iter missing mean image", "ImageRecordInt8Iter",
           dict(base, path_imgrec=plain, mean_img=os.path.join(folder, "none.bin")))]
cases += [(f"ImageDetRecordIter dtype={dtype}", "ImageDetRecordIter", dict(base, path_imgrec=det, dtype=dtype))
          for dtype in ("float64", "int32", "uint8")]
for title, name, kwargs in cases:
    try:
        it = getattr(mx.io, name)(**kwargs)
        print(title, "->", it.next().data[0].shape)
    except mx.base.MXNetError as e:
        text = re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e)).replace(folder, "<folder>")
        print(title, type(e).__name__, repr(text))
