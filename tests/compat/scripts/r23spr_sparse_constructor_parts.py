"""csr_matrix/row_sparse_array from parts: values given as an NDArray of another dtype than the result's are
copied by a cast (its shape check words), the (data, (row, col)) form is read through scipy (refused without it,
as MXNet does), a scalar source has no row_sparse shape, and the parts' dtypes and sizes match MXNet's."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _sparse_show import attempt

sp = mx.nd.sparse
SOURCES = {"nd32": lambda v: mx.nd.array(v), "nd64": lambda v: mx.nd.array(v, dtype="float64"),
           "ndi32": lambda v: mx.nd.array(v, dtype="int32"), "np32": lambda v: v, "list": lambda v: v.tolist()}
for src, make in SOURCES.items():
    for dtype in [None, "float16", "float32", "float64", "int32", "int64"]:
        for n in [3, 4, 5]:
            values = make(np.arange(1, n + 1, dtype="float32"))
            attempt(f"csr {src} {dtype} {n} values", lambda: sp.csr_matrix((values, [0, 1, 0, 1], [0, 2, 4]),
                                                                           shape=(2, 2), dtype=dtype))
            rows = make(np.ones((n, 2), "float32"))
            attempt(f"rsp {src} {dtype} {n} rows", lambda: sp.row_sparse_array((rows, [0, 1, 2, 3]), shape=(4, 2),
                                                                               dtype=dtype))
            if n == 4:
                c = sp.csr_matrix((values, [0, 1, 0, 1], [0, 2, 4]), shape=(2, 2), dtype=dtype)
                print(f"  parts {src} {dtype}", c.data.dtype.__name__ if hasattr(c.data.dtype, "__name__")
                      else c.data.dtype, c.indices.dtype, c.indptr.dtype, c.data.shape, c.indptr.shape)
for label, coo in [("lists", ([1, 2, 3], ([0, 1, 3], [2, 0, 1]))),
                   ("numpy", (np.ones(2), (np.arange(2), np.arange(2)))), ("empty", ([], ([], [])))]:
    for shape in [None, (4, 3)]:
        attempt(f"coo {label} {shape}", lambda: sp.csr_matrix(coo, shape=shape))
for source in [3, 2.5, np.float32(1), np.array(7.0)]:
    attempt(f"rsp scalar {source!r}", lambda: sp.row_sparse_array(source))
    attempt(f"csr scalar {source!r}", lambda: sp.csr_matrix(source))
