"""float32 nd.dot, batch_dot and linalg.gemm2 of row-major operands with a few columns sum as MXNet's OpenBLAS sgemm does, blocks of terms included"""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def A(shape, seed):
    return nd.array(np.random.RandomState(seed).uniform(-3, 5, shape))


for m, k, n in [(3, 777, 3), (200, 33, 3), (5, 700, 7), (4, 1000, 2), (2, 5000, 4), (9, 20, 5)]:
    a, b = A((m, k), 0), A((k, n), 1)
    print(m, k, n, "dot", nd.dot(a, b).asnumpy().ravel()[:12].tolist())
    print(m, k, n, "batch_dot", nd.batch_dot(A((2, m, k), 2), A((2, k, n), 3)).asnumpy().ravel()[-6:].tolist())
    print(m, k, n, "gemm2", nd.linalg.gemm2(a, b).asnumpy().ravel()[:6].tolist())
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        y = nd.dot(a, b)
    y.backward(A((m, n), 4))
    print(m, k, n, "grads", a.grad.asnumpy().ravel()[:4].tolist(), b.grad.asnumpy().ravel()[:4].tolist())
