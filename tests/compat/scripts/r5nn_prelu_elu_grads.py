"""PReLU's data gradient has no negative zeros; ELU's own kernel (float64, float16) picks the branch of its
gradient by the output, so a negative alpha gives 1 below zero too."""
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
import numpy as np

x = nd.array([-1., -1., 0., 0., -0., 2., 2., -3., 1.]).reshape((1, 3, 3))
g = nd.array([1., -1., 1., -1., -1., -0., 1., 0., -0.]).reshape((1, 3, 3))
for alpha in ([0., -0., 0.5], [-0.5, 0., 2.], [0.], [-0.]):
    for dtype in ('float32', 'float64'):
        xx = x.astype(dtype)
        xx.attach_grad()
        a = nd.array(alpha, dtype=dtype)
        a.attach_grad()
        with autograd.record():
            y = nd.LeakyReLU(xx, gamma=a, act_type='prelu')
        y.backward(g.astype(dtype))
        print(alpha, dtype, y.asnumpy().ravel().tolist(), xx.grad.asnumpy().ravel().tolist(), a.grad.asnumpy().tolist())
net = nn.PReLU(alpha_initializer='zeros', in_channels=3)
net.initialize()
xx = x.copy()
xx.attach_grad()
with autograd.record():
    y = net(xx)
y.backward(g)
print(xx.grad.asnumpy().ravel().tolist())
x = nd.array([-2., -0.5, -0., 0., 0.5, 2., np.nan])
for alpha in (-1.0, -0.5, 0.0, 1.0):
    for dtype in ('float64', 'float32', 'float16'):
        xx = x.astype(dtype)
        xx.attach_grad()
        with autograd.record():
            y = nn.ELU(alpha)(xx)
        y.backward(nd.ones_like(y))
        print(alpha, dtype, y.asnumpy().tolist(), xx.grad.asnumpy().tolist())
