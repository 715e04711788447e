"""Gradients of nd.linalg potrf, potri, inverse, det and sumlogdiag carry MXNet's bits up to order 16 (potri's two gemm calls accumulate, inverse's take alpha -1 in the kernel), float32 and float64."""
# recorded on AVX2
import mxnet as mx
import numpy as np

la = mx.nd.linalg


def bits(a):
    a = a.asnumpy()
    width = 8 if a.dtype == np.float32 else 16
    return " ".join(format(int(v), "0%dx" % width) for v in a.ravel().view(np.uint32 if width == 8 else np.uint64))[:400]


np.random.seed(9)
for dt in ('float32', 'float64'):
    for n in (2, 5, 9, 16):
        a = np.random.uniform(-1, 1, (n, n))
        spd = a @ a.T + n * np.eye(n)
        low = np.tril(a) + n * np.eye(n)
        for name, x, f in (('potrf', spd, la.potrf), ('potri', low, la.potri), ('inverse', a + n * np.eye(n), la.inverse),
                           ('det', a, la.det), ('sumlogdiag', spd, la.sumlogdiag)):
            X = mx.nd.array(x, dtype=dt); X.attach_grad()
            with mx.autograd.record():
                y = f(X)
                z = (y * mx.nd.array(np.random.uniform(-1, 1, y.shape), dtype=dt)).sum()
            z.backward()
            print(dt, n, name, bits(X.grad))
