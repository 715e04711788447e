"""Convolutions oneDNN runs as im2col sgemms (3 or 5 channels, 11x11 kernels, padding as wide as the kernel), of
8M to 460M multiply-adds an image, and AlexNet at 128x128, give MXNet's bits."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision

np.set_printoptions(precision=8)


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


for n, c, f, k, s, p, size in [(1, 3, 64, 11, 4, 2, 128), (1, 3, 64, 11, 4, 2, 208), (2, 3, 36, 11, 2, 11, 48),
                               (1, 6, 36, 11, 1, 11, 48), (2, 6, 96, 5, 1, 1, 64), (1, 5, 96, 5, 1, 2, 48),
                               (1, 3, 96, 11, 1, 11, 64), (1, 16, 96, 9, 2, 1, 128)]:
    np.random.seed(0)
    x = mx.nd.array(np.random.uniform(-1, 1, (n, c, size, size)))
    w = mx.nd.array(np.random.uniform(-.1, .1, (f, c, k, k)))
    b = mx.nd.array(np.random.uniform(-.1, .1, (f,)))
    y = mx.nd.Convolution(x, w, b, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=f)
    print((n, c, f, k, s, p, size), y.shape, digest(y))

mx.random.seed(1)
np.random.seed(1)
net = vision.get_model('alexnet', classes=10)
net.initialize(mx.init.Xavier(magnitude=2.0))
y = net(mx.nd.array(np.random.uniform(-1, 1, (1, 3, 128, 128))))
print('alexnet', y.shape, y.asnumpy().ravel(), digest(y))
