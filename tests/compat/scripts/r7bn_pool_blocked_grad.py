# Pooling's data gradient on a convolution's output MXNet keeps in oneDNN's blocked layout: 8-channel blocks
# take oneDNN's AVX2 kernel (its blocks of outputs are half as long), and an output of one row its reference
# kernel (each input's terms in output order); a copy takes the plain layout's kernel. sha256 of the bits.
import hashlib
import itertools

import numpy as np
import mxnet as mx

nd = mx.nd


def small_ints(shape, salt):
    """Convolution operands whose sums are exact in any order: only the pooling's order shows."""
    n = int(np.prod(shape))
    return (np.arange(n) * (37 + salt) % 7 - 3).astype(np.float32).reshape(shape)


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.sha256(a.asnumpy().tobytes()).hexdigest()[:16]


WINDOWS = [  # kernel, stride, pad
    ((6, 3), (1, 1), (0, 0)), ((6, 4), (1, 2), (0, 1)), ((3, 2), (1, 1), (0, 0)), ((7, 3), (1, 1), (1, 1)),
    ((6, 6), (1, 1), (0, 0)), ((3, 3), (2, 2), (1, 1)), ((2, 2), (1, 1), (0, 0)),
]
for f, (kernel, stride, pad), pool_type, copy in itertools.product((16, 8), WINDOWS, ("avg", "max"), (False, True)):
    x = nd.array(small_ints((2, 3, 6, 6), 0))
    w = nd.array(small_ints((f, 3, 3, 3), 1))
    y = nd.Convolution(x, w, kernel=(3, 3), pad=(1, 1), num_filter=f, no_bias=True)
    y = y.copy() if copy else y
    y.attach_grad()
    with mx.autograd.record():
        p = nd.Pooling(y, kernel=kernel, stride=stride, pad=pad, pool_type=pool_type)
    p.backward(nd.array(values(p.shape, 2)))
    print(f, kernel, stride, pad, pool_type, copy, p.shape, digest(p), digest(y.grad))
