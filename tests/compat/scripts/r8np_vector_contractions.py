"""mx.np products that contract vectors to a number (dot, vdot, inner, tensordot of whole arrays) run MXNet's
(1, k) by (k, 1) GEMM, not BLAS's dot (which nd.dot of two vectors runs); np.einsum without optimize adds each
output's products one by one in double, in row-major order of the summed letters."""
import mxnet as mx
import numpy as onp
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(7)
for n in [5, 17, 64]:
    for dt in ['float32', 'float64']:
        v = np.array(rs.standard_normal(n) * 3, dtype=dt)
        w = np.array(rs.standard_normal(n) * 3, dtype=dt)
        b = np.array(rs.standard_normal((2, 3, n)) * 3, dtype=dt)
        cases = [('dot', lambda: np.dot(v, w)), ('vdot', lambda: np.vdot(v, w)), ('inner', lambda: np.inner(v, w)),
                 ('tensordot 1', lambda: np.tensordot(v, w, 1)), ('tensordot 3', lambda: np.tensordot(b, b, 3)),
                 ('matmul', lambda: np.matmul(v, w)),
                 ('nd.dot', lambda: mx.nd.dot(v.as_nd_ndarray(), w.as_nd_ndarray()))]
        for name, f in cases:
            print(n, dt, name, f().asnumpy().tobytes().hex())
for dt in ['float32', 'float64', 'int32']:
    a = np.array(rs.standard_normal((4, 37)) * 3, dtype=dt)
    b = np.array(rs.standard_normal((37, 5)) * 3, dtype=dt)
    c = np.array(rs.standard_normal((4, 37, 5)) * 3, dtype=dt)
    v = np.array(rs.standard_normal(37) * 3, dtype=dt)
    for sub, ops in [('i,i->', (v, v)), ('ij,kj->ik', (a, a)), ('ij,jk->ik', (a, b)), ('ijk,jk->i', (c, b)),
                     ('ij->', (a,)), ('ij->j', (a,)), ('ijk,ij,jk->', (c, a, b)), ('ij,ij->i', (a, a))]:
        print(dt, sub, np.einsum(sub, *ops).asnumpy().tobytes().hex()[:64])
