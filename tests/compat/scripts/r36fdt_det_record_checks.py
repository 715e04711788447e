"""ImageDetRecordIter's checks: per-sampler tuple lengths, OpenCV's refusals (empty resize, gray hue) via the prefetcher; image.resize(0)."""
import os
import re
import tempfile
import numpy as np
import mxnet as mx
from _png import png
from mxnet import recordio


rng = np.random.RandomState(2)
tmp = tempfile.mkdtemp()
rec = os.path.join(tmp, "d.rec")
w = recordio.MXRecordIO(rec, "w")
for i, (h, wd) in enumerate([(20, 30), (31, 12), (16, 16), (9, 40), (25, 25)]):
    label = [2, 5, float(i % 3), 0.1, 0.2, 0.6, 0.7, 1.0, 0.3, 0.3, 0.9, 0.8]
    w.write(recordio.pack(recordio.IRHeader(0, label, i, 0), png(rng.randint(0, 256, (h, wd, 3)).astype("uint8"))))
w.close()


def show(error):
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(error))
    return type(error).__name__ + " " + repr(text)


def run(shape=(3, 16, 16), **kw):
    try:
        it = mx.io.ImageDetRecordIter(path_imgrec=rec, data_shape=shape, batch_size=5, preprocess_threads=1,
                                      verbose=False, **kw)
        b = it.next()
        return "ok %s %s" % (b.data[0].shape, b.data[0].sum().asscalar())
    except mx.base.MXNetError as e:
        return show(e)


for kw in [dict(max_crop_scales=(0.9, 1.0)), dict(min_crop_scales=(0.1, 0.3, 0.5), num_crop_sampler=2),
           dict(max_crop_trials=(5, 10)), dict(max_crop_trials=(5, 10), num_crop_sampler=3),
           dict(num_crop_sampler=2), dict(num_crop_sampler=2, min_crop_scales=(0.1, 0.2), rand_crop_prob=1),
           dict(num_crop_sampler=0, min_crop_scales=(0.1, 0.2), rand_crop_prob=1),
           dict(num_crop_sampler=-1, rand_crop_prob=1), dict(min_crop_scales=()),
           dict(num_crop_sampler=2, min_crop_overlaps=()), dict(min_crop_scales=(-1,), max_crop_trials=(5, 10)),
           dict(min_crop_scales=(-1,), max_crop_trials=(5, 10), num_crop_sampler=2),
           dict(inter_method=7, max_crop_trials=(5, 10)),
           dict(resize=12, resize_mode="shrink", min_crop_aspect_ratios=(0.5,), inter_method=9),
           dict(resize=3, resize_mode="fit"), dict(resize=0), dict(resize=1, shape=(3, 4, 4)),
           dict(shape=(1, 16, 16), max_random_hue=20, random_hue_prob=1),
           dict(shape=(1, 16, 16), max_random_contrast=0.5, random_contrast_prob=1)]:
    print(sorted(kw.items()), run(**kw))

img = mx.nd.array(rng.randint(0, 256, (6, 8, 3)), dtype="uint8")
for size in [0, (0, 5), (5, 0), (3, 4)]:
    try:
        print(size, mx.nd.image.resize(img, size).shape)
    except mx.base.MXNetError as e:
        print(size, show(e))
