# FullyConnected over data of 5 and 6 axes (flattened or not; MXNet runs its own BLAS kernel there, oneDNN's
# for 2-4 axes), products of one row or one column with long inner sizes (nd.dot, a 3-D Dense layer's input),
# and the refusal of hybridize(static_shape=True) without static_alloc: values as float32 bits' digests.
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
from _words import words


def digest(a):
    return hashlib.md5(a.asnumpy().astype(np.float32).tobytes()).hexdigest()[:10]


rs = np.random.RandomState(3)
for shape in [(2, 54), (2, 2, 3, 9), (2, 2, 3, 3, 3), (1, 2, 3, 3, 3), (3, 2, 1, 3, 3, 3), (5, 1, 2, 3, 1, 2)]:
    for flatten in (True, False):
        units = int(np.prod(shape[1:])) if flatten else shape[-1]
        x = nd.array(rs.uniform(-1, 1, shape).astype(np.float32))
        w = nd.array(rs.uniform(-1, 1, (3, units)).astype(np.float32))
        b = nd.array(rs.uniform(-1, 1, 3).astype(np.float32))
        for v in (x, w, b):
            v.attach_grad()
        with autograd.record():
            y = nd.FullyConnected(x, w, b, num_hidden=3, flatten=flatten)
        y.backward(nd.array(rs.uniform(-1, 1, y.shape).astype(np.float32)))
        print(shape, flatten, y.shape, digest(y), digest(x.grad), digest(w.grad), digest(b.grad))

for k in (1000, 1029, 1372, 2000, 4099):
    a = nd.array(rs.uniform(-1, 1, (1, k)).astype(np.float32))
    m = nd.array(rs.uniform(-1, 1, (k, 3)).astype(np.float32))
    print('dot', k, digest(nd.dot(a, m)), digest(nd.dot(m.T, a.T)))

mx.random.seed(1)
net = nn.HybridSequential()
net.add(nn.Conv3D(2, 1, padding=1), nn.Dense(3))
net.initialize(mx.init.Xavier())
x = nd.array(rs.uniform(-1, 1, (1, 4, 4, 4, 4)).astype(np.float32))
print('conv3d dense', digest(net(x)))
net.hybridize(static_shape=True)
try:
    net(x)
except Exception as e:
    print(words(e))

# float64 products of one row holding values near the largest double (a ceil-mode max pool's empty windows)
for k, n in ((3, 1), (16, 2), (33, 5)):
    a = rs.uniform(-1, 1, (1, k)) * 1e307
    a[0, 0] = -1.7976931348623157e308
    b = rs.uniform(-1, 1, (k, n))
    y = nd.dot(nd.array(a, dtype='float64'), nd.array(b, dtype='float64'))
    fc = nd.FullyConnected(nd.array(a, dtype='float64'), nd.array(b.T, dtype='float64'), no_bias=True, num_hidden=n)
    print('huge', k, n, [v.hex() for v in y.asnumpy().ravel().tolist()], [v.hex() for v in fc.asnumpy().ravel().tolist()])
net = nn.Sequential()
net.add(nn.MaxPool2D(1, 2, ceil_mode=True), nn.Dense(2))
net.initialize(mx.init.Xavier())
net.cast('float64')
print('empty windows', net(nd.array(rs.uniform(-1, 1, (1, 4, 2, 2)), dtype='float64')))
