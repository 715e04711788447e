"""The image record iterators read data_shape (three dimensions) before they open the file, as MXNet's parsers."""
# recorded on AVX2
import os
import tempfile

import mxnet as mx

missing = os.path.join(tempfile.mkdtemp(), "nosuch.rec")
for name in ["ImageRecordIter", "ImageRecordIter_v1", "ImageRecordUInt8Iter", "ImageDetRecordIter"]:
    for shape in [(4, 4), (3, 4, 4, 4), (4,), (3, 4, 4)]:
        try:
            getattr(mx.io, name)(path_imgrec=missing, data_shape=shape, batch_size=2)
            print(name, shape, "created")
        except Exception as e:
            print(name, shape, type(e).__name__, str(e).replace(missing, "<missing>").splitlines()[-1])
