"""ImageRecordIter and its uint8/int8 kin: label_width below 1 is a parameter range error; a label_width the records
do not have, and a data_shape of 2 channels, fail from the reading thread (the detection iterator's shape from its
parser's thread inside it), as MXNet prints them."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

folder = tempfile.mkdtemp()
recs = {}
for kind, label in (("scalar", lambda i: float(i)), ("pair", lambda i: np.array([i, i + 1], np.float32)),
                    ("det", lambda i: np.array([2, 5, i % 2, .1, .1, .8, .9], np.float32))):
    recs[kind] = os.path.join(folder, kind + ".rec")
    writer = mx.recordio.MXRecordIO(recs[kind], "w")
    for i in range(3):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label(i), i, 0), png(np.full((4, 4, 3), 10, np.uint8))))
    writer.close()
cases = [(name, kind, kwargs) for name in ("ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordInt8Iter")
         for kind, kwargs in (("scalar", dict(label_width=0)), ("scalar", dict(label_width=3)),
                              ("pair", dict(label_width=1)), ("pair", dict(label_width=3)),
                              ("pair", dict(label_width=2)), ("scalar", dict(data_shape=(2, 4, 4))))]
cases += [("ImageRecordIter_v1", "scalar", dict(label_width=0)),
          ("ImageDetRecordIter", "det", dict(data_shape=(2, 4, 4)))]
for name, kind, kwargs in cases:
    args = dict(dict(path_imgrec=recs[kind], data_shape=(3, 4, 4), batch_size=2, verbose=False), **kwargs)
    try:
        batch = getattr(mx.io, name)(**args).next()
        print(name, kind, kwargs, "->", batch.label[0].asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, kind, kwargs, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
