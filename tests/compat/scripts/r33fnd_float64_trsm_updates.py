"""float64 linalg.trsm (both sides, both triangles, transposed, scaled) and its gradients: each block's update by the rows solved so far sums as MXNet's dgemm kernel does, bit for bit"""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def digest(x):
    a = x.asnumpy()
    return "%s %s %s %r" % (a.dtype, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:12], a.ravel()[:2].tolist())


def R(shape, seed):
    return nd.array(np.random.RandomState(seed).uniform(-3, 5, shape), dtype="float64")


for order, b_shape, transpose, rightside, lower, alpha in [
        (17, (17, 33), False, False, True, 1.0), (33, (33, 7), True, False, True, 0.5),
        (64, (64, 65), True, False, False, -2.0), (33, (65, 33), False, True, True, 1.7),
        (64, (33, 64), True, True, False, 1.0), (100, (100, 9), False, False, False, 0.5),
        (130, (12, 130), True, True, True, -2.0), (17, (2, 17), False, True, False, 1.0)]:
    A = R((order, order), 1) + nd.array(np.eye(order) * 8, dtype="float64")
    B = R(b_shape, 2)
    A.attach_grad()
    B.attach_grad()
    with autograd.record():
        y = nd.linalg.trsm(A, B, transpose=transpose, rightside=rightside, lower=lower, alpha=alpha)
    y.backward(R(y.shape, 3))
    print(order, b_shape, transpose, rightside, lower, alpha, digest(y), digest(A.grad), digest(B.grad))
