# Sparse NDArrays: csr/row_sparse creation, tostype, repr, slicing, dot, retain, elementwise.
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        print(tag, type(r).__name__, r.stype, r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


dense = nd.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 0, 0]])
c = dense.tostype("csr")
print(c)
print(c.data, c.indices, c.indptr)
print(c.data.dtype, c.indices.dtype, c.indptr.dtype, c.stype, c.shape, c.context)
r = dense.tostype("row_sparse")
print(r)
print(r.data, r.indices)
print(r.indices.dtype)
show("csr_back", lambda: c.tostype("default"))
show("rsp_back", lambda: r.tostype("default"))
show("csr_to_rsp", lambda: c.tostype("row_sparse"))
show("csr_matrix", lambda: nd.sparse.csr_matrix(([1, 2, 3], [0, 2, 1], [0, 2, 2, 3]), shape=(3, 3)))
show("csr_matrix_np", lambda: nd.sparse.csr_matrix(np.array([[0, 5], [6, 0]])))
show("csr_matrix_shape", lambda: nd.sparse.csr_matrix((2, 3)))
show("csr_matrix_dt", lambda: nd.sparse.csr_matrix(([1, 2], [0, 1], [0, 1, 2]), shape=(2, 2), dtype="float64"))
show("rsp_matrix", lambda: nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [1, 3]), shape=(4, 2)))
show("rsp_shape", lambda: nd.sparse.row_sparse_array((3, 2)))
show("rsp_np", lambda: nd.sparse.row_sparse_array(np.array([[0, 0], [1, 2]])))
show("sp_zeros_csr", lambda: nd.sparse.zeros("csr", (2, 3)))
show("sp_zeros_rsp", lambda: nd.sparse.zeros("row_sparse", (2, 3), dtype="int32"))
show("sp_array", lambda: nd.sparse.array(c))
show("csr_slice", lambda: c[1:3])
show("csr_int", lambda: c[1])
show("csr_slice_step", lambda: c[::2])
show("rsp_slice", lambda: r[1:2])
show("csr_dot", lambda: nd.dot(c, nd.ones((3, 2))))
show("csr_dot_t", lambda: nd.dot(c, nd.ones((4, 2)), transpose_a=True))
show("rsp_dot", lambda: nd.dot(nd.ones((2, 4)), r))
show("sparse_dot", lambda: nd.sparse.dot(c, nd.ones((3, 1))))
show("retain", lambda: nd.sparse.retain(r, nd.array([0, 1])))
show("csr_add", lambda: c + c)
show("csr_mul_s", lambda: c * 2)
show("csr_add_dense", lambda: c + dense)
show("rsp_add", lambda: r + r)
show("elemwise_add", lambda: nd.sparse.elemwise_add(r, r))
show("sqrt", lambda: nd.sqrt(c))
show("sum", lambda: nd.sum(c))
show("sum_ax", lambda: nd.sparse.sum(c, axis=0))
show("copy", lambda: c.copy())
show("astype", lambda: c.astype("float64"))
show("abs", lambda: nd.sparse.abs(c * -1))
show("square_sum", lambda: nd._internal._square_sum(r, axis=1) if False else nd.square(r))
show("clip", lambda: nd.sparse.clip(r, 0, 2))
show("cast_storage", lambda: nd.cast_storage(dense, stype="csr"))
show("cast_storage_rsp", lambda: nd.cast_storage(dense, stype="row_sparse"))
show("zeros_like", lambda: nd.zeros_like(c))
print(c.asscipy().toarray().tolist() if False else "")
print(repr(nd.sparse.zeros("csr", (2, 2))))
print(nd.sparse.zeros("row_sparse", (2, 2)))
e = nd.sparse.csr_matrix(([], [], [0, 0, 0]), shape=(2, 3))
print(e, e.data, e.indices, e.indptr)
show("bad_stype", lambda: dense.tostype("foo"))
show("csr_3d", lambda: nd.zeros((2, 2, 2)).tostype("csr"))
show("rsp_3d", lambda: nd.arange(8).reshape((2, 2, 2)).tostype("row_sparse"))
x = nd.sparse.row_sparse_array(([[1, 2]], [1]), shape=(3, 2))
x[:] = nd.ones((3, 2))
print(x.stype, x.asnumpy().tolist())
print(nd.sparse.CSRNDArray, nd.sparse.RowSparseNDArray) if False else None
print(isinstance(c, nd.NDArray), isinstance(c, nd.sparse.CSRNDArray), isinstance(r, nd.sparse.RowSparseNDArray))
dense = nd.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 0, 0]])
c = dense.tostype("csr"); r = dense.tostype("row_sparse")
for f in [lambda: c.tostype("row_sparse"), lambda: r.tostype("csr"), lambda: c[::2], lambda: r[1:2], lambda: c[1, 2], lambda: nd.zeros((2, 2, 2)).tostype("csr"),
          lambda: nd.exp(c), lambda: nd.ones_like(c), lambda: nd.elemwise_add(r, r), lambda: nd.elemwise_add(c, c), lambda: nd.elemwise_mul(c, dense), lambda: nd.relu(c), lambda: nd.negative(r),
          lambda: nd.sparse.sqrt(c), lambda: nd.sum(r), lambda: nd.dot(dense, c), lambda: nd.dot(r, nd.ones((3, 2))), lambda: nd.dot(c, c), lambda: nd.dot(c, nd.ones((3,2)), forward_stype="row_sparse"),
          lambda: nd.add_n(r, r), lambda: nd.clip(r, 0, 1), lambda: nd.abs(c), lambda: nd.round(c), lambda: nd.sign(r), lambda: nd.log1p(c), lambda: nd.exp(r), lambda: nd.zeros_like(r), lambda: nd.broadcast_mul(c, nd.ones((4, 1))),
          lambda: nd.cast_storage(c, stype="row_sparse"), lambda: nd.sparse.cast_storage(dense, "csr"), lambda: c * c, lambda: c / 2, lambda: r * dense, ]:
    try:
        x = f(); print(type(x).__name__, x.stype, x.asnumpy().tolist())
    except Exception as e: print("error", type(e).__name__, str(e).splitlines()[-1][:120] if type(e).__name__ != "MXNetError" else "")
