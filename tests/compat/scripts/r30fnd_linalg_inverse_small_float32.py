"""nd.linalg_inverse of float32 matrices of order 2 to 4 gives MXNet's bits (OpenBLAS Haswell: fused dots, trmv and gemv sweep), zeros' signs included, and its gradient."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def bits(a):
    return a.astype(np.float32).tobytes().hex()


for seed in range(12):
    rs = np.random.RandomState(seed)
    n = [2, 3, 4][seed % 3]
    a = rs.uniform(0.5, 2, (n, n)) + (3 * np.eye(n) if seed % 2 else 0)
    print(n, bits(nd.linalg_inverse(nd.array(a)).asnumpy()))
for a in [np.eye(3), np.diag([2., -4, 8]), np.array([[4., 3, 0], [3, 4, -1], [0, -1, 4]]), np.triu(np.ones((4, 4))) + np.eye(4)]:
    r = nd.linalg_inverse(nd.array(a)).asnumpy()
    print(r.tolist(), np.signbit(r).astype(int).ravel().tolist())
x = nd.array(np.random.RandomState(3).uniform(-1, 1, (2, 3, 3)) + 2 * np.eye(3))
x.attach_grad()
with mx.autograd.record():
    y = nd.linalg_inverse(x)
y.backward(nd.ones_like(y))
print(bits(y.asnumpy()))
print(bits(x.grad.asnumpy()))
