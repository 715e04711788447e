"""np.einsum(optimize=True): each BLAS step is MXNet's tensordot (the summed letters in the first operand's order
moved last, one GEMM in the operands' type), each other step adds its products one by one in double."""
import numpy as onp
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(7)
for dt in ['float32', 'float64']:
    a = np.array(rs.standard_normal((4, 37)) * 3, dtype=dt)
    b = np.array(rs.standard_normal((37, 5)) * 3, dtype=dt)
    c = np.array(rs.standard_normal((4, 37, 5)) * 3, dtype=dt)
    d = np.array(rs.standard_normal((5, 6, 7)) * 3, dtype=dt)
    e = np.array(rs.standard_normal((7, 5, 3)) * 3, dtype=dt)
    f = np.array(rs.standard_normal((5, 37, 2)), dtype=dt)
    v = np.array(rs.standard_normal(37) * 3, dtype=dt)
    # (products of two matrices left out: distnet's GEMM beyond the vector cases is NumPy's, whose kernels follow
    # the CPU unless OPENBLAS_CORETYPE pins them)
    for sub, ops in [('i,i->', (v, v)), ('ijk,jk->i', (c, b)), ('ijk,ij,jk->', (c, a, b)), ('ij,ij->i', (a, a)),
                     ('i,j->ij', (v, v)), ('ij,j->i', (a, v))]:
        print(dt, sub, np.einsum(sub, *ops, optimize=True).asnumpy().tobytes().hex()[:64])
