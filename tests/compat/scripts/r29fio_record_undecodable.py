"""ImageRecordIter and its uint8/int8 kin fail an undecodable record from the reading thread as MXNet prints it:
OpenCV's empty-image resize assertion, or the four-channel check when data_shape asks for four."""
# recorded on AVX2
import os
import re
import tempfile

import mxnet as mx

path = os.path.join(tempfile.mkdtemp(), "junk.rec")
writer = mx.recordio.MXRecordIO(path, "w")
for i in range(3):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, 1.0, i, 0), b"junk"))
writer.close()
for name in ("ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordInt8Iter"):
    for shape in ((3, 4, 4), (4, 4, 4), (1, 4, 4)):
        try:
            getattr(mx.io, name)(path_imgrec=path, data_shape=shape, batch_size=2, verbose=False)
            print(name, shape, "made")
        except mx.base.MXNetError as e:
            print(name, shape, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
