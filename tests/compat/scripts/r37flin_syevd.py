"""nd.linalg.syevd (eigenvalues, eigenvector rows signed as MXNet signs them, gradient by MXNet's gemm steps) carries MXNet's bits up to order 25: LAPACK's sytd2/steqr/orm2l on OpenBLAS's Haswell kernels, float32 and float64, batches, repeated eigenvalues."""
# recorded on AVX2
import mxnet as mx
import numpy as np


def bits(a):
    a = a.asnumpy()
    width = 8 if a.dtype == np.float32 else 16
    return " ".join(format(int(v), "0%dx" % width) for v in a.ravel().view(np.uint32 if width == 8 else np.uint64))


np.random.seed(4)
for dt in ('float32', 'float64'):
    for n in (1, 2, 3, 4, 6, 9, 12, 16):
        a = np.random.uniform(-1, 1, (n, n)); a = a + a.T
        A = mx.nd.array(a, dtype=dt)
        A.attach_grad()
        with mx.autograd.record():
            u, lam = mx.nd.linalg.syevd(A)
            y = (u * mx.nd.array(np.random.uniform(-1, 1, (n, n)), dtype=dt)).sum() + (lam * lam).sum()
        y.backward()
        print(dt, n, 'U', bits(u)); print(dt, n, 'lam', bits(lam)); print(dt, n, 'grad', bits(A.grad))
    u, lam = mx.nd.linalg.syevd(mx.nd.array(np.random.uniform(-1, 1, (2, 3, 3)), dtype=dt))
    print(dt, 'batch', bits(u), bits(lam))
    u, lam = mx.nd.linalg.syevd(mx.nd.array([[2., 0, 0], [0, 1, 0], [0, 0, 2]], dtype=dt))
    print(dt, 'repeated', u, lam)
for dt in ('float32', 'float64'):
    for n in (19, 25):      # from 16 rows OpenBLAS's symv takes its Haswell kernel
        a = np.random.uniform(-1, 1, (n, n))
        u, lam = mx.nd.linalg.syevd(mx.nd.array(a + a.T, dtype=dt))
        print(dt, n, 'U', bits(u), 'lam', bits(lam))
