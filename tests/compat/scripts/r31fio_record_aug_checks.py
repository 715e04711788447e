"""ImageRecordIter's default augmenter checks fail as MXNet's, through the reading thread (the caller's with ctx='cpu'): OpenCV's errors, max_crop_size (400), inter_method for resize (271, nearest allowed) and for the affine warp (328), random_resized_crop's aspect ratio and area checks (360-362) in their order; an area range beyond 1 is used as given."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

folder = tempfile.mkdtemp()
rec = os.path.join(folder, "a.rec")
writer = mx.recordio.MXRecordIO(rec, "w")
rs = np.random.RandomState(0)
for i in range(3):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(rs.randint(0, 256, (6, 8, 3)).astype(np.uint8))))
writer.close()
RRC = dict(random_resized_crop=True)
for kwargs in [dict(resize=5, inter_method=5), dict(resize=5, inter_method=0), dict(resize=5, inter_method=-1, ctx="cpu"),
               dict(max_rotate_angle=10, inter_method=0), dict(max_rotate_angle=10, inter_method=11),
               dict(RRC, min_random_area=0.5, max_random_area=1.5),
               dict(RRC, min_random_area=0.1, max_random_area=3.0, seed_aug=3),
               dict(RRC, min_random_area=0.9, max_random_area=0.5),
               dict(RRC, max_aspect_ratio=2, min_random_area=0.5),
               dict(RRC, min_aspect_ratio=2, max_aspect_ratio=1, min_random_area=0.5),
               dict(RRC, min_aspect_ratio=-1, max_aspect_ratio=-2, min_random_area=0.9, max_random_area=0.5),
               dict(RRC, min_aspect_ratio=2, max_aspect_ratio=1, min_random_area=0.9, max_random_area=0.5, ctx="cpu"),
               dict(max_crop_size=200), dict(max_crop_size=200, ctx="cpu"), dict(max_crop_size=200, dtype="uint8"),
               dict(max_crop_size=6, dtype="uint8"), dict(max_crop_size=6, dtype="uint8", ctx="cpu"),
               dict(data_shape=(1, 4, 4), brightness=0.2), dict(data_shape=(1, 4, 4), random_h=10, dtype="int8"),
               dict(data_shape=(1, 4, 4), brightness=0.2, ctx="cpu")]:
    kwargs = dict(dict(data_shape=(3, 4, 4)), **kwargs)
    try:
        it = mx.io.ImageRecordIter(path_imgrec=rec, batch_size=3, verbose=False, **kwargs)
        print(kwargs, "made", it.next().data[0].asnumpy().sum(), flush=True)
    except mx.base.MXNetError as e:
        print(kwargs, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))), flush=True)
