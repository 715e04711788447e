"""ImageRecordIter and its uint8/int8 kin fail a record whose id the path_imglist lacks as MXNet: the image list
check from the reading thread."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

folder = tempfile.mkdtemp()
path, listed = os.path.join(folder, "five.rec"), os.path.join(folder, "some.lst")
writer = mx.recordio.MXRecordIO(path, "w")
for i in range(5):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(np.full((4, 4, 3), i * 10, np.uint8))))
writer.close()
with open(listed, "w") as f:
    f.write("0\t1\ta.png\n\n1\t2\tb.png\n2 3 c.png\n")
for name in ("ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordInt8Iter"):
    try:
        getattr(mx.io, name)(path_imgrec=path, path_imglist=listed, data_shape=(3, 4, 4), batch_size=2, verbose=False)
        print(name, "made")
    except mx.base.MXNetError as e:
        print(name, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
