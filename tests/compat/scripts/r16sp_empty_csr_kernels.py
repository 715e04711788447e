"""Slices of a csr array holding no rows, slice's required parameters, and the unary kernels' output of an all-zero csr
array (indptr included), with and without out=."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt

sp = nd.sparse
A = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]], dtype="float32")
csr = sp.csr_matrix(A)


def parts(x):
    return x.stype, x.shape, x.data.asnumpy().tolist(), x.indices.asnumpy().tolist(), x.indptr.asnumpy().tolist()


for begin, end in [((1, 1), (1, 2)), ((2,), (2,)), ((3, 0), (1, 3)), ((0, 2), (4, 2)), ((1, 0), (3, 2))]:
    attempt(f"slice {begin} {end}", lambda: parts(sp.slice(csr, begin=begin, end=end)))
    attempt(f"slice {begin} {end} read", lambda: sp.slice(csr, begin=begin, end=end))
attempt("nd.slice without begin", lambda: nd.slice(csr))
attempt("sp.slice without end", lambda: sp.slice(csr, begin=(0, 0)))
attempt("slice into out without begin", lambda: sp.slice(csr, out=csr.copy()))
empty = sp.zeros("csr", (4, 3))
for name in ["abs", "sign", "round", "rint", "ceil", "floor", "trunc", "fix", "square", "sqrt", "cbrt", "expm1",
             "log1p", "relu", "sin", "tan", "arcsin", "arctan", "sinh", "tanh", "arcsinh", "arctanh", "degrees",
             "radians", "negative", "stop_gradient", "make_loss"]:
    attempt(f"sp.{name}", lambda: parts(getattr(sp, name)(empty)))
    attempt(f"nd.{name}", lambda: parts(getattr(nd, name)(empty)))
    attempt(f"nd.{name} out=", lambda: parts(getattr(nd, name)(empty, out=empty.copy())))
    if hasattr(empty, name):
        attempt(f".{name}()", lambda: parts(getattr(empty, name)()))
attempt("scalar product", lambda: parts(empty * 2))
attempt("csr with values", lambda: parts(sp.sqrt(csr)))
