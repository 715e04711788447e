"""A 2-D Deconvolution's data gradient oneDNN's AVX-512 direct kernel leaves in blocks of 16 channels (16k data channels over 16k or at most 16 filters) reaches BatchNorm's backward through an Activation in that layout, and one padded as wide as its kernel runs the im2col gemm with a plain output, as in a DCGAN generator."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


rng = np.random.RandomState(11)
for c1, c2, k, s, p, h in ((16, 8, 4, 2, 1, 4), (16, 3, 1, 1, 0, 4), (32, 16, 3, 1, 1, 5), (16, 24, 4, 2, 1, 4),
                           (48, 32, 5, 2, 2, 3), (16, 16, 3, 1, 3, 6), (32, 16, 1, 1, 1, 4), (16, 32, 2, 1, 2, 5)):
    x = mx.nd.array(rng.normal(size=(2, c1, h, h)))
    w0 = mx.nd.array(rng.normal(0, 0.1, size=(c1, c1, 1, 1)))
    w1 = mx.nd.array(rng.normal(0, 0.1, size=(c1, c2, k, k)))
    gamma, beta = mx.nd.array(rng.uniform(0.5, 1.5, size=(c1,))), mx.nd.zeros((c1,))
    gamma2, beta2 = mx.nd.array(rng.uniform(0.5, 1.5, size=(c2,))), mx.nd.zeros((c2,))
    for a in (w0, w1, gamma, gamma2):
        a.attach_grad()
    with autograd.record():
        h0 = mx.nd.Deconvolution(x, w0, kernel=(1, 1), num_filter=c1, no_bias=True)
        b0 = mx.nd.BatchNorm(h0, gamma, beta, mx.nd.zeros((c1,)), mx.nd.ones((c1,)), fix_gamma=False, eps=1e-5)
        r0 = mx.nd.Activation(b0, act_type="relu")
        h1 = mx.nd.Deconvolution(r0, w1, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=c2, no_bias=True)
        b1 = mx.nd.BatchNorm(h1, gamma2, beta2, mx.nd.zeros((c2,)), mx.nd.ones((c2,)), fix_gamma=False, eps=1e-5)
    b1.backward(mx.nd.array(rng.normal(size=b1.shape)))
    print((c1, c2, k, s, p, h), crc(h1), crc(b1), crc(w1.grad), crc(gamma2.grad), crc(gamma.grad), crc(w0.grad))
    print("   ", gamma.grad.asnumpy()[:3], gamma2.grad.asnumpy()[:3])
