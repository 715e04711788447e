"""sparse dot: every storage pair with transpose_a/transpose_b and forward_stype, the output storage type and values."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


A = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)
R = np.arange(1, 13, dtype=np.float32).reshape(4, 3) / 4
R2 = np.arange(1, 10, dtype=np.float32).reshape(3, 3) / 4


def make(stype, m):
    return nd.array(m) if stype == "default" else nd.array(m).tostype(stype)


for sa in ["default", "csr", "row_sparse"]:
    for sb in ["default", "csr", "row_sparse"]:
        for ta, tb in [(False, False), (True, False), (False, True), (True, True)]:
            rhs = R2 if ta else R
            rhs = rhs.T.copy() if tb else rhs
            attempt(f"{sa} . {sb} ta={ta} tb={tb}",
                    lambda: nd.sparse.dot(make(sa, A), make(sb, rhs), transpose_a=ta, transpose_b=tb))
        for fs in ["default", "csr", "row_sparse"]:
            attempt(f"{sa} . {sb} forward_stype={fs}", lambda: nd.dot(make(sa, A), make(sb, R), forward_stype=fs))
attempt("csr . 1-D", lambda: nd.dot(make("csr", A), nd.array([1, 2, 3, 4])))
attempt("csr.T . 1-D", lambda: nd.dot(make("csr", A), nd.array([1, 2, 3]), transpose_a=True))
attempt("3-D . csr", lambda: nd.dot(nd.ones((2, 2, 3)), make("csr", R2)))
attempt("shape error", lambda: nd.dot(make("csr", A), nd.ones((3, 2))))
attempt("mixed dtype", lambda: nd.dot(make("csr", A), nd.array(R, dtype="float64")))
