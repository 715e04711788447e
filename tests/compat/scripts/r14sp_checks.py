"""check_format and the sparse constructors' checks, in MXNet's words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


sp = nd.sparse
for label, parts, shape in [("valid", ([1, 2, 3], [1, 3, 0], [0, 2, 2, 3]), (3, 4)),
                            ("columns descending", ([1, 2, 3], [3, 1, 0], [0, 2, 2, 3]), (3, 4)),
                            ("column past the width", ([1, 2, 3], [1, 5, 0], [0, 2, 2, 3]), (3, 4)),
                            ("indptr decreasing", ([1, 2, 3], [1, 3, 0], [0, 2, 1, 3]), (3, 4)),
                            ("indptr not from 0", ([1, 2, 3], [1, 3, 0], [1, 2, 2, 3]), (3, 4)),
                            ("indptr short of nnz", ([1, 2, 3], [1, 3, 0], [0, 1, 2, 2]), (3, 4))]:
    a = sp.csr_matrix(parts, shape=shape)
    attempt(f"csr {label}", lambda: a.check_format())
    attempt(f"csr {label} (sizes only)", lambda: a.check_format(full_check=False))
for label, rows in [("valid", [0, 2]), ("descending", [2, 0]), ("repeated", [1, 1]), ("past the rows", [1, 5])]:
    a = sp.row_sparse_array(([[1, 2], [3, 4]], rows), shape=(3, 2))
    attempt(f"rsp {label}", lambda: a.check_format())
attempt("rsp more data than rows", lambda: sp.row_sparse_array(([[1, 2], [3, 4]], [0]), shape=(3, 2)))
attempt("rsp fewer data than rows", lambda: sp.row_sparse_array(([[1, 2]], [0, 1]), shape=(3, 2)))
attempt("rsp three entries and a shape", lambda: sp.row_sparse_array(([1], [0], [1]), shape=(3, 2)))
attempt("rsp three entries", lambda: sp.row_sparse_array(([1], [0], [1])))
attempt("rsp shape mismatch", lambda: sp.row_sparse_array((2, 3), shape=(3, 2)))
attempt("csr shape mismatch", lambda: sp.csr_matrix((2, 3), shape=(3, 2)))
attempt("csr dense shape mismatch", lambda: sp.csr_matrix(np.ones((2, 3)), shape=(3, 2)))
attempt("csr one entry", lambda: sp.csr_matrix(([1],)))
attempt("csr four entries", lambda: sp.csr_matrix(([1], [0], [0, 1], [3])))
attempt("csr of 3-D zeros", lambda: sp.zeros("csr", (2, 3, 4)))
attempt("csr of 1-D zeros", lambda: sp.zeros("csr", (4,)))
attempt("mixed dtypes", lambda: sp.csr_matrix(A := np.eye(2, dtype=np.float32)) + sp.csr_matrix(A.astype(np.float64)))
attempt("mixed dtypes rsp", lambda: nd.eye(2).tostype("row_sparse") * nd.eye(2, dtype="float64").tostype("row_sparse"))
