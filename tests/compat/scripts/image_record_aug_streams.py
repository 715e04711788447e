import os
import tempfile

import numpy as np
import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
NAMES = ["rgb8.png", "c444.jpg", "pal8.png", "rgba8.png", "c420.jpg", "gray8.png", "h2v1.jpg"]

tmp = tempfile.mkdtemp()
rec_path = os.path.join(tmp, "aug.rec")
writer = mx.recordio.MXRecordIO(rec_path, "w")
for i, name in enumerate(NAMES):
    with open(os.path.join(DATA, name), "rb") as f:
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), f.read()))
writer.close()

weights = np.arange(1, 3 * 10 * 10 + 1).reshape(3, 10, 10)
configs = [
    ("uint8", dict(rand_crop=True, rand_mirror=True)),
    ("uint8", dict(shuffle=True, seed=11, rand_crop=True)),
    ("uint8", dict(max_rotate_angle=25, max_random_scale=1.3, min_random_scale=0.8, fill_value=0)),
    ("uint8", dict(random_resized_crop=True, min_random_area=0.2, max_aspect_ratio=0.25, inter_method=10)),
    ("uint8", dict(max_crop_size=11, min_crop_size=7, rand_crop=True, pad=1, inter_method=9)),
    ("uint8", dict(resize=12, rand_crop=True, brightness=0.3, seed_aug=5)),
    ("uint8", dict(contrast=0.4, saturation=0.6, pca_noise=0.5, rand_crop=True)),
    ("float32", dict(rand_mirror=True, max_random_contrast=0.2, max_random_illumination=5, mean_g=100.0)),
]
for dtype, kw in configs:
    it = mx.io.ImageRecordIter(path_imgrec=rec_path, data_shape=(3, 10, 10), batch_size=3, dtype=dtype,
                               preprocess_threads=1, verbose=False, **kw)
    print(sorted(kw.items()))
    for epoch in range(2):
        it.reset()
        for batch in it:
            x = batch.data[0].asnumpy().astype(np.float64)
            sums = (x * weights).sum(axis=(1, 2, 3))
            print(epoch, batch.label[0].asnumpy().astype(int).tolist(),
                  [round(float(v), 1) for v in sums])

try:
    mx.io.ImageRecordIter(path_imgrec=rec_path, data_shape=(3, 10, 10), batch_size=3,
                          random_resized_crop=True, rand_crop=True)
except Exception as e:
    print(type(e).__name__)
