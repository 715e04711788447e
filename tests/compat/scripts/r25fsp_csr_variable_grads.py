"""A csr variable with a dense gradient buffer in a dot: MXNet's csr kernels write no gradient into it (dense @ csr
always; csr @ x unless x's own dense gradient, or csr.T @ x's row_sparse one, sends the backward to the storage
fallback, which computes both)."""
# recorded on AVX2
import itertools

import numpy as np
import mxnet as mx
from mxnet import autograd
from _sparse_show import show
from _words import words

nd = mx.nd
C = np.array([[1., 0], [0, 3], [2, 0]])
A = np.array([[1., 0, 2], [0, 3, 0]])


def attach(x, how):
    if how == "null":
        x.attach_grad(grad_req="null")
    elif how is not None:
        x.attach_grad(stype=how)


def run(label, lhs, rhs, lhs_grad, rhs_grad, **kw):
    try:
        attach(lhs, lhs_grad)
        attach(rhs, rhs_grad)
        with autograd.record():
            z = nd.dot(lhs, rhs, **kw)
        z.backward()
        grads = [show(v.grad) for v, how in ((lhs, lhs_grad), (rhs, rhs_grad)) if how not in (None, "null")]
        print(label, "->", show(z), "|", " | ".join(grads))
    except Exception as e:
        print(label, "->", words(e))


for tb, dense_grad, csr_grad, fs in itertools.product((False, True), (None, "default", "null"),
                                                       ("default", "csr", "row_sparse"), (None, "default", "csr")):
    kw = {"transpose_b": tb, **({} if fs is None else {"forward_stype": fs})}
    run(f"dense @ csr {kw} grads={dense_grad},{csr_grad}", nd.array(np.arange(1, 7).reshape(2, 3)),
        nd.array(C.T if tb else C).tostype("csr"), dense_grad, csr_grad, **kw)

for ta, rhs_stype, rhs_grad, fs in itertools.product((False, True), ("default", "row_sparse"),
                                                      (None, "default", "row_sparse", "null"), (None, "default", "csr")):
    kw = {"transpose_a": ta, **({} if fs is None else {"forward_stype": fs})}
    run(f"csr @ {rhs_stype} {kw} grads=default,{rhs_grad}", nd.array(A.T if ta else A).tostype("csr"),
        nd.array(np.arange(1, 7).reshape(3, 2)).tostype(rhs_stype), "default", rhs_grad, **kw)

# the rhs gradient of csr @ x (x's buffer row_sparse) with the csr variable's own buffer of each storage type: a
# sparse one sends the backward to the storage fallback (gemms), a dense one keeps the csr kernel's order
rs = np.random.RandomState(5)
for case in range(12):
    a = (rs.randn(5, 3) * (rs.rand(5, 3) < .6)).astype("float32")
    b = rs.randn(3, 2).astype("float32")
    for lhs_grad in (None, "row_sparse", "csr", "default"):
        x, y = nd.array(a).tostype("csr"), nd.array(b)
        attach(x, lhs_grad)
        y.attach_grad(stype="row_sparse")
        with autograd.record():
            z = nd.dot(x, y)
            loss = (z * z).sum()
        loss.backward()
        print(case, lhs_grad, y.grad.asnumpy().ravel().tolist())
