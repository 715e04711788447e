"""SqueezeNet 1.0 at 224x224 and convolutions of 134M to 1G multiply-adds (forward and gradients) give MXNet's bits."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd
from mxnet.gluon.model_zoo import vision

np.set_printoptions(precision=8)


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


mx.random.seed(1)
np.random.seed(1)
net = vision.get_model('squeezenet1.0', classes=10)
net.initialize(mx.init.Xavier(magnitude=2.0))
x = mx.nd.array(np.random.uniform(-1, 1, (1, 3, 224, 224)))
y = net(x)
print('squeezenet1.0', y.shape, y.asnumpy().ravel(), digest(y))
net.hybridize()
print('hybridized', digest(net(x)))

for n, c, f, k, s, p, size in [(1, 3, 96, 7, 2, 0, 224), (1, 32, 64, 3, 1, 1, 147), (2, 64, 64, 3, 1, 1, 56)]:
    np.random.seed(0)
    x = mx.nd.array(np.random.uniform(-1, 1, (n, c, size, size)))
    w = mx.nd.array(np.random.uniform(-.1, .1, (f, c, k, k)))
    b = mx.nd.array(np.random.uniform(-.1, .1, (f,)))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=f)
    y.backward(mx.nd.array(np.random.uniform(-1, 1, y.shape)))
    print((n, c, f, k, s, p, size), y.shape, 'y', digest(y), 'dx', digest(x.grad), 'db', digest(b.grad))
