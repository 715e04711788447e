"""Image record iterators: a missing path_imglist is the input split's error, verbose is parsed as a boolean,
ImageRecordInt8Iter cannot create a mean image and ImageDetRecordIter's other dtypes fail in the reading thread,
each printed as MXNet's."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

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
