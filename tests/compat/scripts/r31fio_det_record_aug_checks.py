"""ImageDetRecordIter checks its augmenter's settings at creation as MXNet's (image_det_aug_default.cc): inter_method (413, nearest allowed), then each crop sampler's scales and aspect ratios (429-433), values printed as C++ floats."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

folder = tempfile.mkdtemp()
rec = os.path.join(folder, "d.rec")
writer = mx.recordio.MXRecordIO(rec, "w")
rs = np.random.RandomState(0)
for i in range(3):
    label = np.array([2, 5, i % 2, 0.1, 0.2, 0.6, 0.9, 1, 0.3, 0.1, 0.9, 0.5], np.float32)
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label, i, 0), png(rs.randint(0, 256, (6, 8, 3)).astype(np.uint8))))
writer.close()
CROP = dict(rand_crop_prob=1)
for kwargs in [dict(inter_method=5), dict(inter_method=0), dict(inter_method=0, resize=5),
               dict(inter_method=0, rand_crop_prob=1, rand_pad_prob=1), dict(inter_method=10, resize=5),
               dict(CROP, min_crop_scales=(0.5,), max_crop_scales=(0.4,)), dict(CROP, min_crop_scales=(-0.5,)),
               dict(min_crop_scales=(-0.5,)), dict(CROP, max_crop_scales=(1.5,)),
               dict(CROP, min_crop_aspect_ratios=(2,), max_crop_aspect_ratios=(1,)),
               dict(CROP, min_crop_aspect_ratios=(-1,)), dict(CROP, inter_method=5, min_crop_scales=(-0.5,)),
               dict(CROP, num_crop_sampler=2, min_crop_scales=(0.1, 0.5), max_crop_scales=(1, 0.25)),
               dict(CROP, min_crop_scales=(0.123456789,), max_crop_scales=(0.1,))]:
    try:
        it = mx.io.ImageDetRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=3, verbose=False, **kwargs)
        print(kwargs, "made", it.next().data[0].asnumpy().sum(), flush=True)
    except mx.base.MXNetError as e:
        print(kwargs, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))), flush=True)
