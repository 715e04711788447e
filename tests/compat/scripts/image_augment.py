# mx.image functions and augmenters on a decoded fixture, with Python's and numpy's RNGs seeded.
import os
import random
import mxnet as mx
from mxnet import image
import numpy as np

DATA = os.path.join("..", "..", "image", "data")
img = image.imread(os.path.join(DATA, "c420.jpg"))


def show(label, x):
    a = x.asnumpy()
    print(label, x.shape, a.dtype, np.round(float(a.astype(np.float64).sum()), 2), np.round(a.reshape(-1)[:4], 3).tolist())


for interp in range(5):
    show("imresize %d" % interp, image.imresize(img, 20, 16, interp=interp))
show("imresize up", image.imresize(img, 60, 50))
show("resize_short", image.resize_short(img, 24))
show("resize_short 9", image.resize_short(img, 50, interp=9))
show("fixed_crop", image.fixed_crop(img, 3, 4, 20, 10))
show("fixed_crop size", image.fixed_crop(img, 3, 4, 20, 10, size=(8, 8)))
out, box = image.center_crop(img, (30, 20))
show("center_crop", out)
print(box)
for t in range(5):
    show("copyMakeBorder %d" % t, image.copyMakeBorder(img, 2, 3, 4, 1, type=t, value=9))
print(image.scale_down((640, 480), (720, 120)), image.scale_down((100, 50), (60, 60)))
for interp in (0, 1, 2, 3, 4, 9):
    print("interp", interp, image.image._get_interp_method(interp, (10, 10, 20, 20)))
try:
    image.image._get_interp_method(11)
except Exception as e:
    print(type(e).__name__, e)
f = img.astype("float32")
show("color_normalize", image.color_normalize(f.copy(), mx.nd.array([120, 110, 100]), mx.nd.array([50, 60, 70])))

random.seed(1)
np.random.seed(1)
out, box = image.random_crop(img, (20, 20))
show("random_crop", out)
print(box)
out, box = image.random_size_crop(img, (16, 16), 0.3, (0.75, 1.33))
show("random_size_crop", out)
print(box)
augs = [image.ResizeAug(30), image.ForceResizeAug((25, 21)), image.RandomCropAug((20, 20)),
        image.RandomSizedCropAug((18, 18), 0.2, (0.8, 1.2), interp=1), image.CenterCropAug((22, 22)),
        image.HorizontalFlipAug(1.0), image.CastAug()]
for aug in augs:
    show(type(aug).__name__, aug(img))
    print(aug.dumps())
for aug in [image.BrightnessJitterAug(0.3), image.ContrastJitterAug(0.3), image.SaturationJitterAug(0.3),
            image.HueJitterAug(0.3), image.ColorJitterAug(0.2, 0.2, 0.2),
            image.LightingAug(0.1, np.array([55.46, 4.794, 1.148]),
                              np.array([[-0.5675, 0.7192, 0.4009], [-0.5808, -0.0045, -0.8140],
                                        [-0.5836, -0.6948, 0.4203]])),
            image.ColorNormalizeAug([123.68, 116.28, 103.53], [58.395, 57.12, 57.375]),
            image.RandomGrayAug(1.0)]:
    show(type(aug).__name__, aug(img.astype("float32")))
augs = image.CreateAugmenter((3, 24, 24), resize=30, rand_crop=True, rand_resize=True, rand_mirror=True,
                             mean=True, std=True, brightness=0.1, contrast=0.1, saturation=0.1, hue=0.1,
                             pca_noise=0.1, rand_gray=0.3)
x = img
for aug in augs:
    x = aug(x)
show("CreateAugmenter", x)
print([type(a).__name__ for a in augs])
seq = image.SequentialAug([image.CenterCropAug((10, 10)), image.CastAug("float16")])
show("SequentialAug", seq(img))
print(seq.dumps())
try:
    image.Augmenter()(img)
except NotImplementedError as e:
    print("NotImplementedError", e)
