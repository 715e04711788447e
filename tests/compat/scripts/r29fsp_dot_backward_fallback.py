"""The backward of dot(csr, w) (w dense or row_sparse, transposed or not) reports MXNet's storage fallback on
stderr when no csr kernel writes w's gradient buffer (a dense buffer of csr @ w, a row_sparse one of csr.T @ w,
any of a transposed w), once per message; the gradients themselves are unchanged."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _storage_log import logged
from mxnet import autograd

nd = mx.nd


rs = np.random.RandomState(0)
X = rs.rand(4, 4).astype("float32")
X[X < 0.5] = 0
for given in ({}, {"transpose_a": True}, {"transpose_b": True}, {"transpose_a": True, "transpose_b": True}):
    for rhs_stype in ("default", "row_sparse"):
        for grad_stype in ("default", "row_sparse", "csr"):
            def weight_grad():
                w = nd.array(rs.rand(4, 3).astype("float32") if not given.get("transpose_b") else
                             rs.rand(3, 4).astype("float32")).tostype(rhs_stype)
                w.attach_grad(stype=grad_stype)
                with autograd.record():
                    y = nd.dot(nd.array(X).tostype("csr"), w, **given)
                    loss = (y.tostype("default") * 2).sum()
                loss.backward()
                return w.grad
            print(f"dot(csr, {rhs_stype} w, {given}) w.grad {grad_stype} ->", logged(weight_grad))


def fixed_weight():
    w = nd.array(rs.rand(4, 3).astype("float32"))
    w.attach_grad(grad_req="null")
    x = nd.array(rs.rand(4, 4).astype("float32"))
    x.attach_grad()
    with autograd.record():
        loss = (nd.dot(nd.array(X).tostype("csr"), w) * x[:, :3]).sum()
    loss.backward()
    return x.grad


print("dot(csr, w with grad_req null) ->", logged(fixed_weight))
