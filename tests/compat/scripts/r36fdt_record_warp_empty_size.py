"""ImageRecordIter's affine warp of an image it scales below one pixel keeps the source size (OpenCV's empty dsize)."""
import os
import tempfile
import numpy as np
import mxnet as mx
from _png import png
from mxnet import recordio


rng = np.random.RandomState(5)
shapes = [(1, 9), (9, 1), (1, 1), (2, 6), (1, 30)]
tmp = tempfile.mkdtemp()
rec, idx = os.path.join(tmp, "w.rec"), os.path.join(tmp, "w.idx")
w = recordio.MXIndexedRecordIO(idx, rec, "w")
for i, (h, wd) in enumerate(shapes):
    w.write_idx(i, recordio.pack(recordio.IRHeader(0, float(i), i, 0), png(rng.randint(0, 256, (h, wd, 3)).astype("uint8"))))
w.close()

cases = [dict(min_random_scale=0.5),
         dict(min_random_scale=0.3, max_random_scale=0.6, inter_method=3),
         dict(min_random_scale=0.4, max_rotate_angle=30, fill_value=0),
         dict(min_random_scale=0.2, max_aspect_ratio=0.3, inter_method=2, rand_crop=True),
         dict(min_random_scale=0.5, max_shear_ratio=0.2, inter_method=9, rand_mirror=True),
         dict(min_random_scale=0.1, max_random_scale=0.3, rotate=90, inter_method=10)]
for kw in cases:
    it = mx.io.ImageRecordIter(path_imgrec=rec, path_imgidx=idx, data_shape=(3, 4, 5), batch_size=5,
                               preprocess_threads=1, seed_aug=11, verbose=False, **kw)
    d = it.next().data[0].asnumpy()
    print(sorted(kw.items()))
    print("  sums", d.reshape(5, -1).sum(axis=1).tolist())
    print("  first row", d[:, 0, 0, :].astype(int).tolist())
