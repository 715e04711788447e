"""float32 linalg.trsm of orders past one block (both sides, both triangles, transposed, scaled, batched) and its gradients solve in MXNet's Haswell kernel's blocks and sum its updates in the kernel's order, bit for bit"""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def digest(x):
    a = x.asnumpy()
    return "%s %s %s %r" % (a.dtype, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:12], a.ravel()[:2].tolist())


def R(shape, seed):
    return nd.array(np.random.RandomState(seed).uniform(-3, 5, shape))


for order, b_shape, transpose, rightside, lower, alpha in [
        (12, (12, 5), False, False, True, 1.0), (17, (17, 33), False, False, True, 0.5),
        (33, (33, 7), True, False, True, 1.0), (13, (13, 9), False, False, False, -2.0),
        (45, (45, 3), True, False, False, 1.0), (17, (9, 17), False, True, True, 1.0),
        (33, (20, 33), True, True, True, 0.5), (40, (9, 40), False, True, False, 1.7),
        (25, (3, 25), True, True, False, 1.0), (64, (65, 64), True, True, True, -2.0),
        (100, (100, 4), False, False, True, 1.0), (6, (5, 6), False, True, True, 0.9)]:
    A = R((order, order), 1) + nd.array(np.eye(order) * 8)
    B = R(b_shape, 2)
    A.attach_grad()
    B.attach_grad()
    with autograd.record():
        y = nd.linalg.trsm(A, B, transpose=transpose, rightside=rightside, lower=lower, alpha=alpha)
    y.backward(R(y.shape, 3))
    print(order, b_shape, transpose, rightside, lower, alpha, digest(y), digest(A.grad), digest(B.grad))

A = R((2, 20, 20), 4) + nd.array(np.eye(20) * 8)
print("batch", digest(nd.linalg.trsm(A, R((2, 20, 6), 5), lower=False)))
