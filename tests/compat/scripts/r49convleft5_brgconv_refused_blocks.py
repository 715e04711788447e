"""Where AVX-512's oneDNN brgemm convolution refuses an inference convolution of 16k filters, 16k + 8 channels beyond 16 run the AVX2 direct kernel (blocks of 8 that BatchNorm's training then sums in) and other channel counts beyond 16 the im2col gemm."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(7)
for n, c, f, hw in ((1, 24, 48, 5), (2, 24, 48, 9), (2, 40, 48, 5), (1, 24, 80, 12), (2, 17, 48, 5), (1, 20, 80, 9),
                    (2, 20, 48, 12), (2, 24, 32, 5)):
    x = mx.nd.array(rng.normal(size=(n, c, hw, hw)))
    w = mx.nd.array(rng.normal(size=(f, c, 3, 3)))
    conv = mx.nd.Convolution(x, w, kernel=(3, 3), num_filter=f, no_bias=True)
    conv.attach_grad()
    gamma, beta = mx.nd.array(rng.uniform(0.5, 1.5, size=(f,))), mx.nd.array(rng.normal(size=(f,)))
    gamma.attach_grad()
    mean, var = mx.nd.zeros((f,)), mx.nd.ones((f,))
    with autograd.record():
        y = mx.nd.BatchNorm(conv, gamma, beta, mean, var, fix_gamma=False)
    y.backward(mx.nd.array(rng.normal(size=y.shape)))
    print((n, c, f, hw), crc(conv), crc(y), crc(conv.grad), crc(gamma.grad), crc(var))
    print("   ", conv.asnumpy()[0, :3, 0, 0], y.asnumpy()[0, :3, 0, 0])
