# PReLU's gamma gradient over one sample (one term per channel: MXNet copies the products, a -0 stays -0) and over
# several (summed from +0), for gamma of one value or one per channel; the gluon PReLU layer after a global pool.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn

CASES = [([[1., 2.]], [[-1., -1.]]), ([[1., 2.]], [[1., -1.]]), ([[-1., 2.]], [[1., -1.]]), ([[1., 0.]], [[-1., -1.]]),
         ([[0., 0.]], [[-1., 1.]]), ([[-0., 3.]], [[-1., -1.]]), ([[[[1.]], [[2.]]]], [[[[-1.]], [[-3.]]]]),
         ([[1., 2.], [3., 4.]], [[-1., -1.], [-1., -1.]]), ([[[1., 2.], [3., 4.]]], [[[-1., -1.], [-1., -1.]]]),
         ([[5.]], [[-2.]])]
for x, dy in CASES:
    x, dy = np.array(x, np.float32), np.array(dy, np.float32)
    for channels in sorted({1, x.shape[1]}):
        data, gamma = nd.array(x), nd.array(np.full((channels,), 0.25, np.float32))
        data.attach_grad()
        gamma.attach_grad()
        with autograd.record():
            y = nd.LeakyReLU(data, gamma, act_type='prelu')
        y.backward(nd.array(dy))
        print(x.shape, channels, gamma.grad, data.grad.asnumpy().ravel())

for hybridize in (False, True):
    net = nn.HybridSequential()
    net.add(nn.GlobalMaxPool2D(), nn.PReLU(), nn.Dense(2))
    net.initialize(mx.init.One())
    if hybridize:
        net.hybridize()
    x = nd.array(np.arange(16, dtype=np.float32).reshape(1, 4, 2, 2))
    with autograd.record():
        loss = -net(x).sum()
    loss.backward()
    print(hybridize, net[1].alpha.grad())
