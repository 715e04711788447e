"""Sparse arrays asked for on a GPU (refused by what would make them) and the read-only parts of a sparse array."""
import numpy as np
import mxnet as mx
from mxnet import nd


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def show(x):
    """An array's class, storage, shape, dtype and values (or the error its first read raises)."""
    if not isinstance(x, nd.NDArray):
        return repr(x)
    head = f"{type(x).__name__} {x.stype} {x.shape} {np.dtype(x.dtype).name}"
    try:
        return f"{head} {x.asnumpy().tolist()}"
    except Exception as e:
        return f"{head} read -> {words(e)}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))
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
