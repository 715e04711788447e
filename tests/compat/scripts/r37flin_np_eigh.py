"""mx.np.linalg.eigh (either triangle) and eigvalsh carry MXNet's bits up to order 25 (its syevd steps on OpenBLAS's Haswell kernels), float32 and float64, batches."""
# recorded on AVX2
import numpy as onp
from mxnet import np, npx
npx.set_np()

def bits(a):
    a = a.asnumpy()
    width = 8 if a.dtype == onp.float32 else 16
    return " ".join(format(int(v), "0%dx" % width) for v in a.ravel().view(onp.uint32 if width == 8 else onp.uint64))


onp.random.seed(6)
for dt in ('float32', 'float64'):
    for n in (1, 2, 3, 5, 8, 11, 16, 21):
        a = onp.random.uniform(-1, 1, (n, n))
        A = np.array(a + a.T, dtype=dt)
        w, v = np.linalg.eigh(A)
        print(dt, n, 'eigh', bits(w), bits(v))
        print(dt, n, 'eighU', bits(np.linalg.eigh(np.array(a, dtype=dt), UPLO='U')[1]))
        print(dt, n, 'eigvalsh', bits(np.linalg.eigvalsh(A)), bits(np.linalg.eigvalsh(np.array(a, dtype=dt), UPLO='U')))
    A = np.array(onp.random.uniform(-1, 1, (2, 4, 4)), dtype=dt)
    print(dt, 'batch', bits(np.linalg.eigh(A)[1]))
