"""dot, batch_dot, FullyConnected and their gradients with a single row or column and a long inner axis (float32 past 2**17 terms, float64 past 1024) sum as MXNet's sgemm/dgemm calls, bit for bit"""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def digest(x):
    a = x.asnumpy()
    return "%s %s %s %r" % (a.dtype, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:12], a.ravel()[:2].tolist())


def R(shape, seed, dtype):
    return nd.array(np.random.RandomState(seed).uniform(-3, 5, shape), dtype=dtype)


for dtype, cases in [("float32", [(1, 200000, 2), (1, 20000, 5), (2, 70000, 1)]),
                     ("float64", [(1, 5000, 3), (1, 200000, 2), (3, 2000, 1), (2, 70000, 1), (300, 1100, 1),
                                  (5, 3000, 7)])]:
    for m, k, n in cases:
        a, b = R((m, k), 1, dtype), R((k, n), 2, dtype)
        print(dtype, m, k, n, "dot", digest(nd.dot(a, b)), digest(nd.dot(a, R((n, k), 3, dtype), transpose_b=True)))
        print(dtype, m, k, n, "batch_dot", digest(nd.batch_dot(a.expand_dims(0), b.expand_dims(0))))
        print(dtype, m, k, n, "FullyConnected", digest(nd.FullyConnected(a, R((n, k), 3, dtype), no_bias=True,
                                                                         num_hidden=n)))
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = nd.dot(a, b)
        y.backward(R((m, n), 4, dtype))
        print(dtype, m, k, n, "gradients", digest(a.grad), digest(b.grad))
