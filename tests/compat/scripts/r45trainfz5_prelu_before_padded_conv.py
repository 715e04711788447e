"""A hybridized PReLU's alpha gradient before a float32 convolution padded as wide as its (dilated) kernel: that convolution's data gradient comes plain from the im2col gemm, so PReLU's data gradient overwrites it in place and alpha's gradient reads the overwritten buffer, as MXNet's memory plan does."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn

rs = np.random.RandomState(0)


def alpha_grads(layers, shape, static):
    mx.random.seed(0)
    net = nn.HybridSequential()
    net.add(*layers())
    net.initialize(mx.init.Xavier())
    x = nd.array(rs.randn(*shape).astype("float32"))
    grads = []
    for hybrid in (False, True):
        if hybrid:
            net.hybridize(static_alloc=static)
        with autograd.record():
            y = net(x)
        y.backward(nd.ones_like(y))
        grads.append([float(p.grad().asnumpy()[0]) for k, p in sorted(net.collect_params().items()) if "alpha" in k])
    print(shape, static, grads)


for static in (False, True):
    alpha_grads(lambda: [nn.Conv2D(16, 3), nn.PReLU(), nn.Conv2D(16, 1, padding=1, dilation=2)], (1, 4, 8, 8), static)
    alpha_grads(lambda: [nn.Conv2D(16, 3), nn.PReLU(), nn.Conv2D(16, 1, padding=1)], (1, 4, 8, 8), static)
    alpha_grads(lambda: [nn.Conv2D(16, 3), nn.PReLU(), nn.Activation("softrelu"), nn.Conv2D(16, 1, padding=1)],
                (1, 4, 8, 8), static)
    alpha_grads(lambda: [nn.Conv2D(16, 3), nn.PReLU(), nn.Conv2D(16, 3, padding=3)], (1, 4, 8, 8), static)
    alpha_grads(lambda: [nn.Conv2D(16, 3), nn.PReLU(), nn.Conv2D(16, 2, padding=2)], (2, 4, 8, 8), static)
    alpha_grads(lambda: [nn.Conv2D(8, 3), nn.PReLU(), nn.Conv2D(8, 2, padding=2)], (2, 4, 8, 8), static)
    alpha_grads(lambda: [nn.Conv2D(16, 3), nn.PReLU(), nn.Conv2D(16, 2, padding=1)], (2, 4, 8, 8), static)
    alpha_grads(lambda: [nn.Conv2D(16, 3), nn.PReLU(), nn.Conv2D(16, 2, padding=2, dilation=2)], (2, 4, 8, 8), static)
