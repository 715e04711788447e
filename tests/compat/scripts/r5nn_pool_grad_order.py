"""Max and average pooling gradients where windows overlap: the order in which each input's shares are added."""
import mxnet as mx
from mxnet import nd, autograd
import hashlib
import numpy as np

rs = np.random.RandomState(3)
for shape, kernel, stride, pad, conv in (((2, 3, 5, 40), (3, 3), (1, 1), (1, 1), 'valid'),
                                         ((1, 2, 6, 9), (4, 4), (1, 1), (2, 2), 'valid'),
                                         ((2, 2, 9, 31), (3, 2), (1, 1), (1, 0), 'full'),
                                         ((1, 2, 5, 6, 30), (3, 3, 3), (1, 1, 1), (1, 1, 1), 'valid'),
                                         ((1, 2, 7, 5, 20), (2, 3, 3), (1, 2, 2), (1, 1, 1), 'full'),
                                         ((2, 3, 40), (4,), (1,), (2,), 'valid')):
    for pool_type in ('max', 'avg'):
        if pool_type == 'max':
            x = nd.array(rs.randint(-3, 3, size=shape))
        else:
            x = nd.array(rs.uniform(-1, 1, size=shape))
        x.attach_grad()
        with autograd.record():
            y = nd.Pooling(x, kernel=kernel, stride=stride, pad=pad, pool_type=pool_type, pooling_convention=conv)
        y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
        grad = x.grad.asnumpy()
        print(shape, pool_type, y.shape, grad.tobytes().hex()[:64], hashlib.md5(grad.tobytes()).hexdigest())
net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.MaxPool2D(3, 1, 1), mx.gluon.nn.AvgPool2D(3, 1, 1))
net.hybridize()
x = nd.array(rs.uniform(-1, 1, size=(2, 3, 8, 20))); x.attach_grad()
with autograd.record():
    y = net(x)
y.backward(nd.array(rs.uniform(-1, 1, size=y.shape)))
print(x.grad.asnumpy().sum(dtype=np.float64).hex(), hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest())
