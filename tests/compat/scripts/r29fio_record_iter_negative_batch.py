"""A negative batch_size: ImageRecordIter and its uint8/int8 kin fail allocating their batch (std::bad_alloc from
the reading thread), the _v1 iterators fail the batch loader's shape check, as MXNet."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

path = os.path.join(tempfile.mkdtemp(), "five.rec")
writer = mx.recordio.MXRecordIO(path, "w")
for i in range(5):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(np.full((4, 4, 3), i * 10, np.uint8))))
writer.close()
for name in ("ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordInt8Iter", "ImageRecordIter_v1",
             "ImageRecordUInt8Iter_v1"):
    for batch_size in (-1, -2):
        try:
            getattr(mx.io, name)(path_imgrec=path, data_shape=(3, 4, 4), batch_size=batch_size, verbose=False)
            print(name, batch_size, "made")
        except mx.base.MXNetError as e:
            print(name, batch_size, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
