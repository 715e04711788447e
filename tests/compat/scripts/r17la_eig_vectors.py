"""np.linalg.eig / eigvals on float32 and float64 matrices: eigenvalues in LAPACK geev's order and eigenvectors signed
as MXNet's single or double precision kernel leaves them."""
import mxnet as mx
import numpy as onp
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(5)
for n in (2, 3, 4):
    m = rs.uniform(-1, 1, (n, n))
    for label, mat in (("spd", (m @ m.T + n * onp.eye(n)).round(3)),
                       ("triangular", onp.triu(rs.uniform(-1, 1, (n, n))).round(3) + onp.diag(onp.arange(1, n + 1)))):
        for dtype in ("float32", "float64"):
            w, v = np.linalg.eig(np.array(mat, dtype=dtype))
            print(n, label, dtype, onp.round(w.asnumpy(), 3).tolist(), onp.sign(v.asnumpy()).astype(int).ravel().tolist())
            print("  eigvals", onp.round(np.linalg.eigvals(np.array(mat, dtype=dtype)).asnumpy(), 3).tolist())
