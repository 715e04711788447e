"""Sparse kernels given a sparse operand that stores nothing return zeros before their type check: csr * dense,
the L2 norm, and dot (csr @ dense, csr.T @ dense or row_sparse, dense @ csr); other types still fail when read."""
# recorded on AVX2
import itertools

import numpy as np
import mxnet as mx
from _sparse_show import attempt

nd = mx.nd
PARTS = {"none": np.zeros((2, 2)), "some": np.array([[1., 0], [0, 2]]), "one_row": np.array([[0., 0], [0, 3]])}


def arr(part, dtype, stype):
    return nd.array(PARTS[part], dtype=dtype).tostype(stype)


for dtype in ("int32", "float16", "uint8"):
    for a, b in itertools.product(("none", "some"), repeat=2):
        c, d = arr(a, dtype, "csr"), arr(b, dtype, "default")
        attempt(f"{dtype} elemwise_mul(csr {a}, dense {b})", lambda: nd.elemwise_mul(c, d))
        attempt(f"{dtype} elemwise_mul(dense {b}, csr {a})", lambda: nd.elemwise_mul(d, c))
        attempt(f"{dtype} broadcast_mul(csr {a}, dense {b})", lambda: nd.broadcast_mul(c, d))
        attempt(f"{dtype} sparse.multiply(dense {b}, csr {a})", lambda: nd.sparse.multiply(d, c))
    for part, stype in itertools.product(("none", "some"), ("csr", "row_sparse")):
        x = arr(part, dtype, stype)
        for kw in ({}, {"keepdims": True}):
            attempt(f"{dtype} norm({stype} {part}, {kw})", lambda: nd.norm(x, **kw))

for dtype in ("int32", "float16"):
    for (sa, pa), (sb, pb) in itertools.product(itertools.product(("csr", "default"), ("none", "some")),
                                                itertools.product(("default", "row_sparse", "csr"), PARTS)):
        if "csr" not in (sa, sb) or sa == sb:
            continue
        x, y = arr(pa, dtype, sa), arr(pb, dtype, sb)
        for ta, fs in itertools.product((False, True), (None, "default", "row_sparse", "csr")):
            kw = {} if fs is None else {"forward_stype": fs}
            attempt(f"{dtype} dot({sa} {pa}, {sb} {pb}, transpose_a={ta}, {kw})",
                    lambda: nd.dot(x, y, transpose_a=ta, **kw))
