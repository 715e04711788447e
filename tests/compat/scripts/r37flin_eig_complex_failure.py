"""mx.np.linalg.eig/eigvals of matrices with complex eigenvalues fail when read at MXNet's check lines (np_eig-inl.h, np_eigvals-inl.h), float32 and float64."""
import numpy as onp
from mxnet import np, npx
npx.set_np()

onp.random.seed(5)
for dtype in ('float32', 'float64'):
    for n in (3, 5):
        a = np.array(onp.random.uniform(-1, 1, (n, n)), dtype=dtype)
        for f in (np.linalg.eigvals, np.linalg.eig):
            try:
                print(f(a))
            except Exception as e:
                print(type(e).__name__, str(e))
