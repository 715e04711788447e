"""np.linalg.solve of small systems (order 3, float64 4) with one right-hand side (a vector or a column) as
OpenBLAS's Haswell kernels run getf2 and getrs: dot products, gemv and axpy updates as chains of fused
multiply-adds."""
import numpy as onp
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(21)
for dt in ['float32', 'float64']:
    for n in ([1, 2, 3] if dt == 'float32' else [1, 2, 3, 4]) * 3:     # (float32 order 4: not always)
        a = rs.standard_normal((n, n)) + onp.eye(n) * 0.5
        b = rs.standard_normal(n)
        x = np.linalg.solve(np.array(a, dtype=dt), np.array(b, dtype=dt))
        col = np.linalg.solve(np.array(a, dtype=dt), np.array(b, dtype=dt).reshape(n, 1))
        print(dt, n, x.asnumpy().tobytes().hex(), col.asnumpy().tobytes().hex())
    batch = np.array(rs.standard_normal((2, 3, 3)) + onp.eye(3), dtype=dt)
    print(dt, 'batch', np.linalg.solve(batch, np.array(rs.standard_normal((2, 3)), dtype=dt)).asnumpy().tobytes().hex())
    a = np.array(rs.standard_normal((3, 1, 3)) + onp.eye(3).reshape(3, 1, 3), dtype=dt)
    rhs = np.array(rs.standard_normal((3, 1)), dtype=dt)
    print(dt, 'tensorsolve', np.linalg.tensorsolve(a, rhs).asnumpy().tobytes().hex())
