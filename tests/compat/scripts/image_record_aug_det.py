import os

import numpy as np
import mxnet as mx

REC = os.path.join("..", "..", "image", "data", "det.rec")
weights = np.arange(1, 3 * 10 * 12 + 1).reshape(3, 10, 12)
configs = [
    dict(rand_mirror_prob=0.5, rand_pad_prob=0.5, max_pad_scale=1.8),
    dict(rand_crop_prob=0.9, min_crop_scales=0.4, max_crop_scales=0.95, max_crop_aspect_ratios=1.5,
         min_crop_aspect_ratios=0.7, inter_method=10),
    dict(random_hue_prob=0.5, max_random_hue=15, random_contrast_prob=0.9, max_random_contrast=0.3,
         rand_mirror_prob=0.3, shuffle=True, seed=9),
]
for kw in configs:
    it = mx.io.ImageDetRecordIter(path_imgrec=REC, data_shape=(3, 10, 12), batch_size=2, preprocess_threads=1,
                                  verbose=False, **kw)
    print(sorted(kw.items()))
    for epoch in range(2):
        it.reset()
        for batch in it:
            x = batch.data[0].asnumpy().astype(np.float64)
            print(epoch, [round(float(v), 1) for v in (x * weights).sum(axis=(1, 2, 3))])
            print(np.round(batch.label[0].asnumpy()[:, :11], 4).tolist())

try:
    mx.io.ImageDetRecordIter(path_imgrec=REC, data_shape=(3, 10, 12), batch_size=2, rand_crop_prob=0.5,
                             min_crop_scales=0.8, max_crop_scales=0.5)
except Exception as e:
    print(type(e).__name__)
