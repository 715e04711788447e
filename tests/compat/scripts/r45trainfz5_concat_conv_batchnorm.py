"""In training, a channel concat of two float32 convolutions' outputs feeds BatchNorm in the first input's channel block where the concatenated channels fill whole blocks, else plain (a HybridConcurrent of a 16-filter and a 2-filter convolution too), as MXNet's oneDNN lays it out."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


rs = np.random.RandomState(0)
for first in (2, 8, 16, 24, 32):
    for second in (2, 8, 16, 24):
        x = nd.array(rs.randn(4, 3, 5, 5).astype("float32"))
        w1 = nd.array((rs.randn(first, 3, 3, 3) * 0.3).astype("float32"))
        w2 = nd.array((rs.randn(second, 3, 1, 1) * 0.3).astype("float32"))
        c = first + second
        gamma, beta = nd.array(rs.rand(c).astype("float32")), nd.array(rs.randn(c).astype("float32"))
        mean, var = nd.zeros(c), nd.ones(c)
        for a in (x, w1, w2, gamma, beta):
            a.attach_grad()
        with autograd.record():
            joined = nd.concat(nd.Convolution(x, w1, kernel=(3, 3), pad=(1, 1), num_filter=first, no_bias=True),
                               nd.Convolution(x, w2, kernel=(1, 1), num_filter=second, no_bias=True), dim=1)
            y = nd.BatchNorm(joined, gamma, beta, mean, var, fix_gamma=False)
        y.backward(nd.array(rs.randn(*y.shape).astype("float32")))
        print(first, second, crc(y), crc(mean), crc(var), [crc(a.grad) for a in (x, w1, w2, gamma, beta)])

mx.random.seed(1)
net = mx.gluon.nn.HybridSequential()
branches = mx.gluon.contrib.nn.HybridConcurrent(axis=1)
branches.add(mx.gluon.nn.Conv2D(16, 3, padding=1), mx.gluon.nn.Conv2D(2, 1, use_bias=False))
net.add(branches, mx.gluon.nn.BatchNorm(), mx.gluon.nn.Dense(4))
net.initialize(mx.init.Xavier())
x = nd.array(rs.randn(8, 3, 5, 5).astype("float32"))
for hybrid in (False, True):
    if hybrid:
        net.hybridize()
    with autograd.record():
        y = net(x)
    y.backward(nd.array(rs.randn(8, 4).astype("float32")))
    print(hybrid, crc(y), [crc(p.grad()) for _, p in sorted(net.collect_params().items()) if p.grad_req != "null"])
