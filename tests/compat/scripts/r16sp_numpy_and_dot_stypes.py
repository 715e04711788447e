"""numpy's reading of a row_sparse array, and sparse dot's output storage for each forward_stype, in MXNet's words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt

sp = nd.sparse
A = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]], dtype="float32")
csr, rsp = sp.csr_matrix(A), sp.row_sparse_array(A)
attempt("np.array(rsp)", lambda: np.array(rsp))
attempt("np.asarray(rsp)", lambda: np.asarray(rsp))
attempt("same(rsp, rsp)", lambda: mx.test_utils.same(rsp, rsp))
attempt("dot(None, dense)", lambda: sp.dot(None, nd.ones((3, 2))))
attempt("dot(dense, None)", lambda: sp.dot(nd.ones((3, 2)), None))
rhs = {"dense": nd.array(np.arange(8).reshape(4, 2)), "all rows": nd.array(np.arange(8).reshape(4, 2)).tostype("row_sparse"),
       "some rows": rsp, "no rows": sp.zeros("row_sparse", (4, 3)), "vector": nd.array([1, 2, 3, 4]),
       "3-d": nd.ones((4, 2, 2))}
for lname, lhs in [("csr", csr), ("empty csr", sp.zeros("csr", (4, 3)))]:
    for rname, r in rhs.items():
        for fs in [None, "default", "row_sparse", "csr"]:
            attempt(f"dot({lname}.T, {rname}) forward_stype={fs}",
                    lambda: sp.dot(lhs, r, transpose_a=True, forward_stype=fs))
rsp64 = sp.row_sparse_array(A.astype("float64"))
for v in [nd.array([1, 2, 3]), nd.array([1, 2, 3, 4])]:
    for ta in [False, True]:
        attempt(f"dot(rsp64, float32 {v.shape}) transpose_a={ta}", lambda: sp.dot(rsp64, v, transpose_a=ta))
