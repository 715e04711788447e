"""linalg.syrk (forward and gradient) and linalg.trmm's triangle gradient sum as MXNet's ssyrk/dsyrk and gemm calls do, bit for bit"""
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


for dtype in ["float32", "float64"]:
    for shape, transpose, alpha in [((7, 16), True, 1.0), ((13, 13), True, -2.0), ((17, 13), False, 0.5),
                                    ((13, 65), True, 1.0), ((64, 8), True, 0.5), ((31, 400), False, -2.0),
                                    ((2, 9, 33), False, 1.7), ((1, 31), True, 0.5)]:
        a = R(shape, 1, dtype)
        a.attach_grad()
        with autograd.record():
            y = nd.linalg.syrk(a, transpose=transpose, alpha=alpha)
        y.backward(R(y.shape, 2, dtype))
        print(dtype, shape, transpose, alpha, "syrk", digest(y), digest(a.grad))
    for order, b_shape, transpose, rightside, lower, alpha in [
            (9, (16, 9), True, True, True, 0.5), (17, (17, 33), False, False, True, 1.0),
            (33, (7, 33), True, True, False, -2.0), (8, (8, 65), True, False, False, 1.7),
            (33, (33, 3), False, False, True, 0.5), (5, (64, 5), False, True, False, 1.0)]:
        A = R((order, order), 3, dtype) + nd.array(np.eye(order) * 8, dtype=dtype)
        B = R(b_shape, 4, dtype)
        A.attach_grad()
        B.attach_grad()
        with autograd.record():
            y = nd.linalg.trmm(A, B, transpose=transpose, rightside=rightside, lower=lower, alpha=alpha)
        y.backward(R(y.shape, 5, dtype))
        print(dtype, order, b_shape, transpose, rightside, lower, alpha, "trmm", digest(y), digest(A.grad), digest(B.grad))

a = mx.sym.var("a")
ex = mx.sym.linalg.syrk(a, alpha=0.3).simple_bind(mx.cpu(), a=(12, 70))
ex.forward(is_train=True, a=R((12, 70), 6, "float32"))
ex.backward(R((12, 12), 7, "float32"))
print("symbol syrk", digest(ex.outputs[0]), digest(ex.grad_arrays[0]))
