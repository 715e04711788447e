"""np.linalg.solve of systems of order 1 and 2 with several right-hand sides as OpenBLAS's Haswell trsm kernels
solve them (fused multiply-add updates, products with the diagonal's reciprocal), batched and pivoted too."""
import numpy as onp
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(9)
for dt in ['float32', 'float64']:
    for n, k, batch in [(2, 3, ()), (2, 2, ()), (2, 5, (3,)), (1, 4, ()), (2, 1, ()), (2, 7, (2, 2))]:
        a = np.array(rs.standard_normal(batch + (n, n)) + 2 * onp.eye(n), dtype=dt)
        b = np.array(rs.standard_normal(batch + (n, k)), dtype=dt)
        print(dt, n, k, batch, np.linalg.solve(a, b).asnumpy().tobytes().hex())
        pivoted = np.array([[0.5, 2.0], [3.0, -1.0]], dtype=dt)
        rhs = np.array(rs.standard_normal((2, 3)), dtype=dt)
        print(dt, 'pivoted', np.linalg.solve(pivoted, rhs).asnumpy().tobytes().hex())
