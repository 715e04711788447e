"""linalg.gemm and gemm2 (alpha, beta, transposes, batches, a row axis) and their gradients sum as MXNet's sgemm/dgemm calls do, bit for bit, inner blocks included"""
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


cases = [((7, 8, 64), True, True, 0.1, 0.0), ((5, 64, 31), False, False, -1.3, 0.3), ((65, 8, 33), False, True, 1.0, 1.0),
         ((16, 16, 8), True, False, 0.1, 0.0), ((31, 300, 9), False, False, 2.5, 0.0), ((13, 31, 64), True, False, -1.3, 0.5),
         ((31, 700, 17), False, False, 1.0, 0.0), ((64, 1000, 31), True, False, 1.0, 0.3), ((33, 700, 16), True, True, -1.3, -2.0),
         ((3, 5, 4), False, True, 0.5, 1.0), ((1, 33, 8), True, True, 0.5, 0.3)]
for dtype in ["float32", "float64"]:
    for (m, k, n), ta, tb, alpha, beta in cases:
        a = R((k, m) if ta else (m, k), 1, dtype)
        b = R((n, k) if tb else (k, n), 2, dtype)
        c = R((m, n), 3, dtype)
        for x in (a, b, c):
            x.attach_grad()
        with autograd.record():
            y = nd.linalg.gemm(a, b, c, transpose_a=ta, transpose_b=tb, alpha=alpha, beta=beta)
        y.backward(R((m, n), 4, dtype))
        print(dtype, m, k, n, ta, tb, alpha, beta, "gemm", digest(y), digest(a.grad), digest(b.grad), digest(c.grad))
        with autograd.record():
            y = nd.linalg.gemm2(a, b, transpose_a=ta, transpose_b=tb, alpha=alpha)
        y.backward(R((m, n), 5, dtype))
        print(dtype, m, k, n, ta, tb, alpha, "gemm2", digest(y), digest(a.grad), digest(b.grad))

a, b, c = R((2, 3, 70, 9), 6, "float32"), R((2, 3, 70, 13), 7, "float32"), R((2, 3, 9, 13), 8, "float32")
print("batch gemm", digest(nd.linalg.gemm(a, b, c, transpose_a=True, alpha=0.7, beta=0.3)))
a, b, c = R((70, 3, 9), 6, "float32"), R((13, 3, 9), 7, "float32"), R((70, 3, 13), 8, "float32")
print("axis 0 gemm", digest(nd.linalg.gemm(a, b, c, transpose_b=True, alpha=0.7, beta=0.3, axis=0)))
sa, sb = mx.sym.var("a"), mx.sym.var("b")
ex = mx.sym.linalg.gemm2(sa, sb, transpose_b=True, alpha=0.7).simple_bind(mx.cpu(), a=(9, 400), b=(13, 400))
ex.forward(is_train=True, a=R((9, 400), 9, "float32"), b=R((13, 400), 10, "float32"))
ex.backward(R((9, 13), 11, "float32"))
print("symbol gemm2", digest(ex.outputs[0]), [digest(g) for g in ex.grad_arrays])
