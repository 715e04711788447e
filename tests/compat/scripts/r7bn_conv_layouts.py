# BatchNorm on a (de)convolution's output: MXNet (AVX-512) keeps it in oneDNN's blocked layout (16 or 8 channels
# per block) for most filter counts, 1x1 kernels, groups and depthwise convolutions, not only the direct
# kernel's; BatchNorm's kernel for that layout sums in its own order. Training (output, moving statistics,
# gamma gradient) and inference. sha256 of the bits.
import hashlib

import numpy as np
import mxnet as mx


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


def small_ints(shape, salt):
    """Convolution operands whose sums are exact in any order: only the normalisation's order shows."""
    n = int(np.prod(shape))
    return (np.arange(n) * (37 + salt) % 7 - 3).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.sha256(a.asnumpy().tobytes()).hexdigest()[:16]


def conv(x, c, f, k, groups, transposed):
    if transposed:
        w = mx.nd.array(small_ints((c, f // groups, k, k), 1))
        return mx.nd.Deconvolution(x, w, kernel=(k, k), pad=(k // 2, k // 2), num_filter=f, num_group=groups,
                                   no_bias=True)
    w = mx.nd.array(small_ints((f, c // groups, k, k), 1))
    return mx.nd.Convolution(x, w, kernel=(k, k), pad=(k // 2, k // 2), num_filter=f, num_group=groups,
                             no_bias=True)


CASES = [  # (channels, filters, kernel, groups, transposed)
    (3, 16, 1, 1, False), (3, 8, 1, 1, False), (16, 16, 1, 1, False), (8, 24, 3, 1, False), (12, 16, 3, 1, False),
    (12, 8, 3, 1, False), (24, 16, 3, 1, False), (20, 16, 3, 1, False), (32, 8, 3, 1, False), (3, 12, 3, 1, False),
    (4, 16, 3, 2, False), (8, 32, 3, 2, False), (32, 32, 3, 2, False), (16, 48, 3, 2, False), (6, 48, 3, 3, False),
    (16, 16, 3, 16, False), (32, 32, 3, 32, False), (16, 16, 3, 1, True), (16, 32, 3, 1, True), (3, 16, 3, 1, True),
    (16, 16, 3, 2, True),
]
for c, f, k, groups, transposed in CASES:
    x = mx.nd.array(small_ints((2, c, 6, 6), 0))
    gamma, beta = mx.nd.array(values((f,), 2)), mx.nd.array(values((f,), 3))
    gamma.attach_grad()
    mean, var = mx.nd.zeros(f), mx.nd.ones(f)
    with mx.autograd.record():
        y = conv(x, c, f, k, groups, transposed)
        out = mx.nd.BatchNorm(y, gamma, beta, mean, var, fix_gamma=False, eps=1e-5)
    out.backward(mx.nd.array(values(out.shape, 4)))
    infer = mx.nd.BatchNorm(conv(x, c, f, k, groups, transposed), gamma, beta, mean, var, fix_gamma=False,
                            use_global_stats=True, eps=1e-5)
    print((c, f, k, groups, transposed), digest(out), digest(mean), digest(var), digest(gamma.grad), digest(infer))
