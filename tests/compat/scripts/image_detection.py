# mx.image detection: ImageDetIter over a record file of boxes, the Det* augmenters with Python's
# random seeded, label shapes and padding with -1.
import os
import random
import mxnet as mx
from mxnet import image
import numpy as np

DATA = os.path.join("..", "..", "image", "data")
REC = os.path.join(DATA, "det.rec")


def show(it, epochs=1):
    for _ in range(epochs):
        for batch in it:
            d, l = batch.data[0].asnumpy(), batch.label[0].asnumpy()
            print(" ", d.shape, np.round(float(d.astype(np.float64).sum()), 1), l.shape, np.round(l, 4).tolist(),
                  batch.pad)
        it.reset()


it = image.ImageDetIter(2, (3, 20, 20), path_imgrec=REC)
print(it.provide_data, it.provide_label, it.label_shape)
show(it, 2)
print([a.dumps() for a in it.auglist])
random.seed(7)
np.random.seed(7)
it = image.ImageDetIter(3, (3, 24, 24), path_imgrec=REC, path_imgidx=os.path.join(DATA, "det.idx"),
                        shuffle=True, rand_crop=0.8, rand_pad=0.5, rand_mirror=True, mean=True, std=True,
                        brightness=0.1, area_range=(0.3, 2.0))
print([type(a).__name__ for a in it.auglist])
show(it, 2)
it.reshape(label_shape=(5, 5))
print(it.provide_data, it.provide_label)
show(it)
for bad in ((2, 5), (5, 6)):
    try:
        it.reshape(label_shape=bad)
    except Exception as e:
        print(type(e).__name__, e)
other = image.ImageDetIter(1, (3, 8, 8), path_imgrec=REC)
print(it.sync_label_shape(other).label_shape)

img = image.imread(os.path.join(DATA, "c444.jpg"))
label = np.array([[0, 0.1, 0.1, 0.5, 0.6], [1, 0.2, 0.3, 0.9, 0.8], [2, 0.6, 0.05, 0.7, 0.2]])
random.seed(1)
for aug in [image.DetHorizontalFlipAug(1.0), image.DetRandomCropAug(0.3, (0.5, 2.0), (0.1, 0.9)),
            image.DetRandomPadAug((0.8, 1.25), (1.5, 3.0), pad_val=(10, 20, 30)),
            image.DetBorrowAug(image.ForceResizeAug((30, 20))),
            image.CreateMultiRandCropAugmenter([0.1, 0.5], [(0.5, 1.5), (0.8, 1.2)], (0.2, 1.0))]:
    for _ in range(3):
        out, lab = aug(img, label.copy())
        print(type(aug).__name__, out.shape, int(out.asnumpy().astype(np.int64).sum()), np.round(lab, 4).tolist())
    print(aug.dumps())
print([a.dumps() if not isinstance(a.dumps(), list) else a.dumps()[0]
       for a in image.CreateDetAugmenter((3, 30, 30), resize=40, rand_crop=0.5, rand_pad=0.5, rand_gray=0.1,
                                         rand_mirror=True, mean=True, std=True, contrast=0.1, hue=0.1,
                                         pca_noise=0.1)])
try:
    image.DetBorrowAug(image.DetHorizontalFlipAug(0.5))
except Exception as e:
    print(type(e).__name__, e)

for kw in (dict(), dict(label_pad_width=20, label_pad_value=-2.0, mean_r=100.0), dict(resize=30)):
    it = mx.io.ImageDetRecordIter(path_imgrec=REC, data_shape=(3, 16, 20), batch_size=3, **kw)
    print(it.provide_data, it.provide_label)
    show(it, 2)
