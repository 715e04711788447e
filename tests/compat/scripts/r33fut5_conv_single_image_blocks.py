"""A one-image im2col convolution sums its positions in the blocks oneDNN picks from the cache size (AlexNet's first layer: 1048 a sgemm)."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision


def digest(a):
    return hashlib.md5(np.ascontiguousarray(a).tobytes()).hexdigest()[:16]


for hw, filters in [(224, 64), (200, 16), (192, 64), (160, 24)]:
    rs = np.random.RandomState(0)
    x = mx.nd.array(rs.randn(1, 3, hw, hw).astype('f4'))
    w = mx.nd.array(rs.randn(filters, 3, 11, 11).astype('f4') * 0.1)
    b = mx.nd.array(rs.randn(filters).astype('f4'))
    y = mx.nd.Convolution(x, w, b, kernel=(11, 11), stride=(4, 4), pad=(2, 2), num_filter=filters).asnumpy()
    print(hw, filters, y.shape, digest(y), y[0, 0, -1, -4:].tolist())

mx.random.seed(0)
net = vision.alexnet()
net.initialize(mx.init.Xavier())
x = mx.nd.random.uniform(shape=(1, 3, 224, 224))
first = net.features[0](x).asnumpy()
print('alexnet conv1', first.shape, digest(first))
