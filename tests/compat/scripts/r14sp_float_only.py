"""csr kernels take float32 and float64 only: an integer csr with a dense array gives a result (its storage type, shape and dtype known) whose first read raises; broadcasting a csr by a vector takes any type."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


C = np.array([[0, 2], [4, 0]])
for dtype in ["int32", "int64", "uint8", "float16", "float64"]:
    c, d = nd.array(C, dtype=dtype).tostype("csr"), nd.ones((2, 2), dtype=dtype)
    print("--", dtype)
    attempt("elemwise_add(csr, dns)", lambda: nd.elemwise_add(c, d))
    attempt("elemwise_sub(csr, dns)", lambda: nd.elemwise_sub(c, d))
    attempt("elemwise_sub(dns, csr)", lambda: nd.elemwise_sub(d, c))
    attempt("dns - csr", lambda: d - c)
    attempt("csr + dns", lambda: c + d)
    attempt("elemwise_mul(csr, dns)", lambda: nd.elemwise_mul(c, d))
    attempt("csr * dns", lambda: c * d)
    attempt("broadcast_mul(csr, row)", lambda: nd.broadcast_mul(c, nd.array([[1, 3]], dtype=dtype)))
    attempt("dot(csr, dns)", lambda: nd.dot(c, d))
    attempt("dot(csr.T, dns)", lambda: nd.dot(c, d, transpose_a=True))
    attempt("dot(dns, csr)", lambda: nd.dot(d, c))
    attempt("dot(csr, rsp)", lambda: nd.dot(c, d.tostype("row_sparse")))
    attempt("csr + csr", lambda: c + c)
    attempt("csr * 3", lambda: c * 3)
