"""BatchNorm training on a convolution's output that AVX-512's oneDNN brgemm kernels wrote channels last in inference sums its mean in row order and its variance by fused multiply-adds, and over one position an image runs its reference backward."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(5)
for n, c, f, hw, k in ((4, 16, 16, 4, 1), (1, 16, 16, 4, 1), (4, 3, 16, 4, 1), (4, 16, 32, 4, 1), (2, 16, 48, 6, 1),
                       (3, 24, 16, 5, 3), (2, 16, 32, 7, 3), (4, 16, 16, 1, 1), (3, 24, 32, 1, 1)):
    x = mx.nd.array(rng.normal(size=(n, c, hw, hw)))
    w = mx.nd.array(rng.normal(size=(f, c, k, k)))
    conv = mx.nd.Convolution(x, w, kernel=(k, k), num_filter=f, no_bias=True)
    conv.attach_grad()
    gamma, beta = mx.nd.array(rng.uniform(0.5, 1.5, size=(f,))), mx.nd.array(rng.normal(size=(f,)))
    gamma.attach_grad()
    beta.attach_grad()
    mean, var = mx.nd.zeros((f,)), mx.nd.ones((f,))
    with autograd.record():
        y = mx.nd.BatchNorm(conv, gamma, beta, mean, var, fix_gamma=False, output_mean_var=True)
    y[0].backward(mx.nd.array(rng.normal(size=y[0].shape)))
    print((n, c, f, hw, k), crc(y[0]), crc(y[1]), crc(y[2]), crc(conv.grad), crc(gamma.grad), crc(var))
    print("   ", y[0][0, :3, 0, 0].asnumpy(), var[:3].asnumpy())
