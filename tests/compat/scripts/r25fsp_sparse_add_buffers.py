"""grad_req='add' into a row_sparse gradient buffer: MXNet's backward returns, and the buffer carries the kernel's
refusal (SparseEmbedding's req check, _sparse_retain's, _square_sum's, a dense gradient's cast) until it is read."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from _sparse_show import show
from _words import words

nd = mx.nd
W = [[1., 2], [3, 4], [5, 6]]
IDX = nd.array([0, 2])
CSR = nd.array([[1., 0, 3], [0, 0, 2]]).tostype("csr")
CASES = {
    "Embedding(sparse_grad=True)": (False, lambda x: nd.Embedding(IDX, x, input_dim=3, output_dim=2, sparse_grad=True)),
    "contrib.SparseEmbedding": (False, lambda x: nd.contrib.SparseEmbedding(IDX, x, input_dim=3, output_dim=2)),
    "sparse.retain": (True, lambda x: nd.sparse.retain(x, nd.array([0, 2], dtype="int64"))),
    "_square_sum": (True, lambda x: nd._internal._square_sum(x, axis=1)),
    "sum of row_sparse": (True, nd.sum),
    "sum of dense": (False, nd.sum),
    "dot(csr.T, dense) + x": (False, lambda x: nd.dot(CSR, nd.ones((2, 2)), transpose_a=True) + x),
    "x * 2": (True, lambda x: x * 2),
}

for name, (sparse_input, forward) in CASES.items():
    for req in ("add", "write"):
        x = nd.array(W).tostype("row_sparse") if sparse_input else nd.array(W)
        x.attach_grad(grad_req=req, stype="row_sparse")
        try:
            with autograd.record():
                y = forward(x)
            y.backward()
            print(name, req, "backward ->", show(y))
            print(name, req, "grad ->", show(x.grad))
        except Exception as e:
            print(name, req, "->", words(e))
