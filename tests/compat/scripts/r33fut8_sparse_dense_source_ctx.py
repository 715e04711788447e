"""row_sparse_array and csr_matrix from a dense source given a ctx that is not a Context fail in the dense copy's as_in_context."""
# recorded on AVX2
import mxnet as mx
import numpy as np

d = mx.nd.array([[5, 10], [0, 0]])
cases = [
    ("rsp from NDArray, ctx tuple (third positional)", lambda: mx.nd.sparse.row_sparse_array(d, None, (4, 2))),
    ("rsp from NDArray, indices as shape", lambda: mx.nd.sparse.row_sparse_array(d, mx.nd.array([0]), (4, 2))),
    ("rsp from numpy, ctx tuple", lambda: mx.nd.sparse.row_sparse_array(np.ones((2, 2)), ctx=(4, 2))),
    ("rsp from numpy, ctx str", lambda: mx.nd.sparse.row_sparse_array(np.ones((2, 2)), ctx="cpu")),
    ("rsp from list, ctx int", lambda: mx.nd.sparse.row_sparse_array([[1.0, 2.0]], ctx=0)),
    ("rsp from parts, ctx str", lambda: mx.nd.sparse.row_sparse_array((np.ones((1, 2)), [0]), shape=(3, 2), ctx="cpu")),
    ("rsp from rsp, ctx tuple", lambda: mx.nd.sparse.row_sparse_array(d.tostype("row_sparse"), ctx=(4, 2))),
    ("csr from NDArray, ctx tuple", lambda: mx.nd.sparse.csr_matrix(d, None, (4, 2))),
    ("csr from numpy, ctx tuple", lambda: mx.nd.sparse.csr_matrix(np.ones((2, 2)), ctx=(4, 2))),
    ("csr from csr, ctx tuple", lambda: mx.nd.sparse.csr_matrix(d.tostype("csr"), ctx=(4, 2))),
    ("csr from parts, ctx int", lambda: mx.nd.sparse.csr_matrix(([1.0], [0], [0, 1]), shape=(1, 2), ctx=1)),
    ("csr from numpy, ctx cpu", lambda: mx.nd.sparse.csr_matrix(np.eye(2), ctx=mx.cpu())),
]
for name, make in cases:
    try:
        r = make()
        print(name, "->", r.stype, r.shape, r.context, r.asnumpy().tolist())
    except Exception as e:
        print(name, "->", type(e).__name__, str(e).splitlines()[0] if str(e) else "")
