"""An im2col convolution over large images sums in the position and channel blocks oneDNN picks from the cache size (AlexNet's first layer: 1048 positions a sgemm)."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision


def digest(a):
    return hashlib.md5(np.ascontiguousarray(a).tobytes()).hexdigest()[:16]


for hw, channels, filters, k, s, p in [(224, 3, 64, 11, 4, 2), (200, 3, 16, 11, 4, 2), (192, 3, 64, 11, 4, 2),
                                       (160, 3, 24, 11, 4, 2), (224, 3, 16, 11, 4, 2), (208, 3, 16, 11, 4, 2),
                                       (224, 3, 4, 11, 4, 3), (64, 12, 24, 7, 2, 1)]:
    rs = np.random.RandomState(0)
    x = mx.nd.array(rs.randn(1, channels, hw, hw).astype('f4'))
    w = mx.nd.array(rs.randn(filters, channels, k, k).astype('f4') * 0.1)
    b = mx.nd.array(rs.randn(filters).astype('f4'))
    y = mx.nd.Convolution(x, w, b, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=filters).asnumpy()
    print(hw, channels, filters, k, y.shape, digest(y), y[0, 0, -1, -4:].tolist())

for n, hw, channels, filters, k, s, p in [(3, 224, 5, 4, 3, 2, 1), (2, 200, 3, 16, 11, 4, 2), (6, 96, 12, 10, 3, 2, 1)]:
    rs = np.random.RandomState(1)
    x = mx.nd.array(rs.randn(n, channels, hw, hw).astype('f4'))
    w = mx.nd.array(rs.randn(filters, channels, k, k).astype('f4') * 0.1)
    b = mx.nd.array(rs.randn(filters).astype('f4'))
    y = mx.nd.Convolution(x, w, b, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=filters).asnumpy()
    print(n, hw, channels, filters, k, y.shape, digest(y), y[-1, 0, -1, -4:].tolist())

mx.random.seed(0)
net = vision.alexnet()
net.initialize(mx.init.Xavier())
x = mx.nd.random.uniform(shape=(1, 3, 224, 224))
first = net.features[0](x).asnumpy()
print('alexnet conv1', first.shape, digest(first))
