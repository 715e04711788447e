# CenterCrop and RandomResizedCrop crop as mx.image.center_crop / random_size_crop: the crop slices the
# array (NDArray slicing rules), the resize is the image operator, which takes NDArrays only (numpy input
# fails with AssertionError), refuses mx.np arrays outside NumPy mode and takes integer sizes only.
import random

import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

img = nd.array(np.arange(6 * 8 * 3).reshape(6, 8, 3) % 251, dtype="uint8")


def run(label, fn):
    random.seed(3)
    try:
        y = fn()
        print(label, type(y).__name__, y.shape, y.asnumpy().sum() if hasattr(y, "asnumpy") else y.sum())
    except Exception as e:
        print(label, type(e).__name__)


for size in [4, (5, 3), 10, 2.5, 3.0, (3, 3.0), 0, -2, [4, 4], [6, 8]]:
    run("CenterCrop %r nd" % (size,), lambda: T.CenterCrop(size)(img))
    if size not in (0, -2):
        run("CenterCrop %r mx.np" % (size,), lambda: T.CenterCrop(size)(img.as_np_ndarray()))
    run("CenterCrop %r numpy" % (size,), lambda: T.CenterCrop(size)(img.asnumpy()))
for size in [4, (3, 5), 2.0]:
    run("RandomResizedCrop %r nd" % (size,), lambda: T.RandomResizedCrop(size)(img))
    run("RandomResizedCrop %r mx.np" % (size,), lambda: T.RandomResizedCrop(size)(img.as_np_ndarray()))
    run("RandomResizedCrop %r numpy" % (size,), lambda: T.RandomResizedCrop(size)(img.asnumpy()))

run("imresize numpy", lambda: mx.image.imresize(img.asnumpy(), 3, 3))
run("imresize list", lambda: mx.image.imresize([[[1]]], 3, 3))
run("imresize mx.np", lambda: mx.image.imresize(img.as_np_ndarray(), 3, 3))
run("copyMakeBorder numpy", lambda: mx.image.copyMakeBorder(img.asnumpy(), 1, 1, 1, 1))
run("fixed_crop empty", lambda: mx.image.fixed_crop(img, 1, 1, 0, 2))
mx.npx.set_np()
try:
    run("np mode CenterCrop mx.np", lambda: T.CenterCrop(10)(img.as_np_ndarray()))
    run("np mode CenterCrop legacy", lambda: T.CenterCrop(10)(img))
    run("np mode imresize numpy", lambda: mx.image.imresize(img.asnumpy(), 3, 3))
    run("np mode RandomResizedCrop mx.np", lambda: T.RandomResizedCrop(4)(img.as_np_ndarray()))
finally:
    mx.npx.reset_np()
