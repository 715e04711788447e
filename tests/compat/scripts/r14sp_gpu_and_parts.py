"""Sparse arrays asked for on a GPU (refused by what would make them) and the read-only parts of a sparse array."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


sp = nd.sparse
for label, make in [("zeros csr", lambda: sp.zeros("csr", (2, 2), ctx=mx.gpu())),
                    ("zeros row_sparse", lambda: sp.zeros("row_sparse", (2, 2), ctx=mx.gpu(1))),
                    ("nd.zeros stype csr", lambda: nd.zeros((2, 2), ctx=mx.gpu(), stype="csr")),
                    ("empty row_sparse", lambda: sp.empty("row_sparse", (2, 2), ctx=mx.gpu())),
                    ("csr_matrix shape", lambda: sp.csr_matrix((2, 2), ctx=mx.gpu())),
                    ("row_sparse_array shape", lambda: sp.row_sparse_array((2, 2, 2), ctx=mx.gpu())),
                    ("csr_matrix numpy", lambda: sp.csr_matrix(np.eye(2), ctx=mx.gpu())),
                    ("row_sparse_array NDArray", lambda: sp.row_sparse_array(nd.eye(2), ctx=mx.gpu())),
                    ("csr_matrix csr", lambda: sp.csr_matrix(nd.eye(2).tostype("csr"), ctx=mx.gpu())),
                    ("sparse.array csr", lambda: sp.array(nd.eye(2).tostype("csr"), ctx=mx.gpu())),
                    ("csr_matrix parts", lambda: sp.csr_matrix(([1], [0], [0, 1, 1]), shape=(2, 2), ctx=mx.gpu())),
                    ("row_sparse_array parts", lambda: sp.row_sparse_array(([[1, 2]], [0]), shape=(2, 2), ctx=mx.gpu())),
                    ("copyto gpu", lambda: nd.eye(2).tostype("csr").copyto(mx.gpu()))]:
    attempt(label, make)
for stype in ["csr", "row_sparse"]:
    x = nd.eye(3).tostype(stype)
    for part in ["data", "indices", "indptr"][:3 if stype == "csr" else 2]:
        attempt(f"{stype}.{part} = ...", lambda: setattr(x, part, nd.ones((3,))))
    attempt(f"{stype} unchanged", lambda: x)
