"""Gradients through dot with a csr operand as MXNet's kernels write them: a csr variable's dense gradient buffer
stays zero (csr @ x, csr.T @ x), csr @ x writes a row_sparse gradient of x on the csr's stored columns (zero or
not), a forward_stype cast records one dot node; retain with no indices and clip keep MXNet's values."""
# recorded on AVX2
import re

import numpy as np
import mxnet as mx
from mxnet import autograd
from _sparse_show import show
from _words import words

nd = mx.nd
A = np.array([[1., 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 0]])


def next_node():
    """The number MXNet's autograd gives its next node, read from a refusal naming it."""
    w = nd.ones((2, 2))
    w.attach_grad()
    try:
        with autograd.record():
            y = nd.Embedding(nd.array([0]), w, input_dim=2, output_dim=2, sparse_grad=True)
        y.backward()
    except mx.base.MXNetError as e:
        return int(re.search(r"node_(\d+)_backward", str(e)).group(1))


def case(label, run):
    start = next_node()
    try:
        print(label, "->", "; ".join(show(a) for a in run()))
    except Exception as e:
        print(label, "->", words(e))
    print("   nodes recorded:", next_node() - start - 1)


def csr_dot(ta, tb, rhs_stype, lhs_buffer, rhs_buffer, head, fs):
    def run():
        x = nd.array(A.T if ta else A).tostype("csr")
        rows = 3 if ta else 4
        y = nd.array(np.arange(1, 2 * rows + 1).reshape((2, rows) if tb else (rows, 2))).tostype(rhs_stype)
        x.attach_grad(stype=lhs_buffer)
        y.attach_grad(stype=rhs_buffer)
        with autograd.record():
            z = nd.dot(x, y, transpose_a=ta, transpose_b=tb, **({} if fs is None else {"forward_stype": fs}))
        dy = {"zeros": nd.zeros(z.shape), "ones": nd.ones(z.shape), "eye": nd.array(np.eye(*z.shape))}[head]
        z.backward(dy)
        return z, x.grad, y.grad
    return run


for ta, tb in ((False, False), (True, False), (False, True)):
    for rhs_stype in ("default", "row_sparse"):
        for lhs_buffer, rhs_buffer in (("default", "row_sparse"), ("csr", "default"), ("row_sparse", "row_sparse")):
            for head in ("zeros", "eye"):
                for fs in (None, "default", "csr"):
                    case(f"dot csr ta={ta} tb={tb} {rhs_stype} grads={lhs_buffer},{rhs_buffer} dy={head} fs={fs}",
                         csr_dot(ta, tb, rhs_stype, lhs_buffer, rhs_buffer, head, fs))


def retain(indices, buffer):
    def run():
        x = nd.array([[1., 2], [0, 0], [3, 4]]).tostype("row_sparse")
        x.attach_grad(stype=buffer)
        with autograd.record():
            y = nd.sparse.retain(x, nd.array(indices, dtype="int64"))
        y.backward()
        return y, x.grad
    return run


for indices in ([], [0], [0, 2]):
    for buffer in ("row_sparse", "default"):
        case(f"retain {indices} grad={buffer}", retain(indices, buffer))

x = nd.array([[0.0, -0.0, 2.0, -3.0], [0, 0, 0, 0]]).tostype("row_sparse")
for lo, hi in ((0, 1), (-1, 0), (0, 0), (-1, 1)):
    print(f"clip row_sparse {lo} {hi} ->", show(nd.clip(x, lo, hi)), show(x.clip(lo, hi)))
