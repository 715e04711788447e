"""Sparse norm of integer and float16 arrays (refused at the call or when read), and sparse zeros' keyword checks."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt

sp = nd.sparse
A = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]])
for dtype in ["int32", "int64", "int8", "uint8", "float16", "float64"]:
    for make in [sp.csr_matrix, sp.row_sparse_array]:
        x = make(A.astype(dtype))
        for axis in [None, 0, 1, -1, (0, 1)]:
            for keepdims in [False, True]:
                attempt(f"norm {x.stype} {dtype} axis={axis} keepdims={keepdims}",
                        lambda: nd.norm(x, axis=axis, keepdims=keepdims))
        attempt(f"{x.stype} {dtype} .norm()", lambda: x.norm())
for stype in ["csr", "row_sparse"]:
    attempt(f"zeros {stype} aux_types", lambda: sp.zeros(stype, (2, 3), aux_types=[np.int32]))
    attempt(f"zeros {stype} foo", lambda: sp.zeros(stype, (2, 3), dtype="float64", foo=1))
    attempt(f"zeros {stype} name", lambda: sp.zeros(stype, (2, 3), name="z"))
    attempt(f"nd.zeros {stype} foo", lambda: nd.zeros((2, 3), stype=stype, foo=1))
