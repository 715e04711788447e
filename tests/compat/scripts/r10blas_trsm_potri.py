"""trsm, potri and potrf with their gradients on small matrices carry the bits of MXNet's BLAS/LAPACK steps."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, nd

rs = onp.random.RandomState(7)
for n, dt in ((2, "float32"), (3, "float64"), (4, "float32")):
    for right, transpose, lower in ((False, False, True), (True, True, False)):
        a = nd.array(rs.randn(n, n) + 3 * onp.eye(n), dtype=dt)
        b = nd.array(rs.randn(*((2, n) if right else (n, 2))), dtype=dt)
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = nd.linalg.trsm(a, b, transpose=transpose, rightside=right, lower=lower, alpha=0.8)
        y.backward(nd.array(rs.randn(*y.shape), dtype=dt))
        print("trsm", n, dt, y.asnumpy().tolist(), a.grad.asnumpy().tolist(), b.grad.asnumpy().tolist())
    low = nd.array(onp.tril(rs.randn(n, n)) + 2 * onp.eye(n), dtype=dt)
    low.attach_grad()
    with autograd.record():
        inv = nd.linalg.potri(low)
    inv.backward(nd.array(rs.randn(n, n), dtype=dt))
    print("potri", n, dt, inv.asnumpy().tolist(), low.grad.asnumpy().tolist())
    m = rs.randn(n, n)
    spd = nd.array(m @ m.T + n * onp.eye(n), dtype=dt)
    spd.attach_grad()
    with autograd.record():
        chol = nd.linalg.potrf(spd)
    chol.backward(nd.array(rs.randn(n, n), dtype=dt))
    print("potrf", n, dt, chol.asnumpy().tolist(), spd.grad.asnumpy().tolist())
try:
    nd.linalg.trsm(nd.ones((3, 3)), nd.ones((2, 3)))
except mx.base.MXNetError as e:
    print("MXNetError", "Incompatible matrix dimensions" in str(e))
