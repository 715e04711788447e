"""The record iterators read a mean_img file as MXNet's: its one array under any name (or none), another count refused at the loader's own check (v2: iter_image_recordio_2.cc:245, v1 and detection: iter_normalize.h), a larger mean read at the output's positions by ImageRecordIter, a shape mismatch failing the v1 and detection normalisers' tensor checks."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

folder = tempfile.mkdtemp()
rs = np.random.RandomState(0)
plain, det = os.path.join(folder, "a.rec"), os.path.join(folder, "d.rec")
for path, detection in ((plain, False), (det, True)):
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(3):
        label = np.array([2, 5, i % 2, 0.1, 0.2, 0.6, 0.9, 1, 0.3, 0.1, 0.9, 0.5], np.float32) if detection else float(i)
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label, i, 0), png(rs.randint(0, 256, (6, 8, 3)).astype(np.uint8))))
    writer.close()
means = {
    "other name": {"foo": mx.nd.ones((3, 4, 4)) * 100},
    "unnamed": [mx.nd.ones((3, 4, 4)) * 50],
    "two arrays": {"mean_img": mx.nd.ones((3, 4, 4)), "b": mx.nd.ones((3, 4, 4))},
    "none": [],
    "larger": {"mean_img": mx.nd.array(np.arange(75).reshape(3, 5, 5))},
}
for name, rec in (("ImageRecordIter", plain), ("ImageRecordInt8Iter", plain), ("ImageRecordIter_v1", plain),
                  ("ImageDetRecordIter", det)):
    for title, content in means.items():
        mean = os.path.join(folder, f"{name}-{title}.bin")
        mx.nd.save(mean, content)
        try:
            it = getattr(mx.io, name)(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=3, verbose=False, mean_img=mean)
            print(name, title, "made", it.next().data[0].asnumpy().sum())
        except mx.base.MXNetError as e:
            print(name, title, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
