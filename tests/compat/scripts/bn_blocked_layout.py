# BatchNorm reading a convolution's output that MXNet keeps in oneDNN's blocked channel layout (8 or 16 channels
# per block): its kernel's sums and fused multiply-adds, in training (outputs, moving statistics) and inference;
# a copy of the same values takes the plain layout's kernel. sha256 of the bits.
import hashlib

import numpy as np
import mxnet as mx


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.sha256(a.asnumpy().tobytes()).hexdigest()[:16]


for n, c, f, h in [(4, 3, 8, 12), (2, 8, 16, 9), (3, 3, 32, 7), (2, 5, 24, 6), (1, 16, 16, 5)]:
    x = mx.nd.array(values((n, c, h, h), 0))
    w = mx.nd.array(values((f, c, 3, 3), 1))
    gamma, beta = mx.nd.array(values((f,), 2)), mx.nd.array(values((f,), 3))
    gamma.attach_grad()
    for copy in (False, True):
        mean, var = mx.nd.zeros(f), mx.nd.ones(f)
        with mx.autograd.record():
            y = mx.nd.Convolution(x, w, kernel=(3, 3), pad=(1, 1), num_filter=f, no_bias=True)
            out = mx.nd.BatchNorm(y.copy() if copy else y, gamma, beta, mean, var, fix_gamma=False, eps=1e-5)
        out.backward()
        infer = mx.nd.BatchNorm(y.copy() if copy else y, gamma, beta, mean, var, fix_gamma=False, eps=1e-5)
        print((n, c, f, h, copy), digest(out), digest(mean), digest(var), digest(infer))
