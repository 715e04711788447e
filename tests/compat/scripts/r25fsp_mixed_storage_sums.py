"""Sums over mixed storage types in MXNet's kernels' order: add_n(dense, csr, dense) adds the two dense arrays first,
a dense vector minus a csr adds the vector into a zeroed output (a -0.0 there is 0.0), and broadcast_to on a sparse
array refuses its reshape."""
# recorded on AVX2
import itertools

import numpy as np
import mxnet as mx
from _sparse_show import attempt

nd = mx.nd
BIG = {"A": 1e8, "B": 1.0, "C": -1e8}

for stypes in itertools.product(("default", "csr", "row_sparse"), repeat=3):
    for order in ("ABC", "BAC", "ACB"):
        parts = [nd.array([[BIG[k], -0.0, 2.0]]).tostype(s) for k, s in zip(order, stypes)]
        attempt(f"add_n {stypes} {order}", lambda: nd.add_n(*parts))
for dtype in ("float16", "int32", "float64"):
    a, c, b = nd.ones((2, 3), dtype=dtype), nd.array([[1, 0, 3], [0, 2, 0]], dtype=dtype).tostype("csr"), nd.ones((2, 3))
    attempt(f"ElementWiseSum(dense, csr, dense) {dtype}", lambda: nd.ElementWiseSum(a, c, a * 2))
    attempt(f"add_n(dense, csr, float32 dense) {dtype}", lambda: nd.add_n(a, c, b))

for shape in ((1, 3), (3,), (2, 1), (2, 3), (1, 1)):
    d = np.full(shape, -0.0)
    d.flat[0] = 0.5
    for stype in ("csr", "row_sparse"):
        for stored in ([[0., 0, 0], [0, 0, 0]], [[1., 0, 0], [0, 0, 2]]):
            x, s = nd.array(d), nd.array(stored).tostype(stype)
            attempt(f"{shape} broadcast_sub {stype} {stored}", lambda: nd.broadcast_sub(x, s))
            attempt(f"{shape} - {stype} {stored}", lambda: x - s)
            attempt(f"{stype} {stored} - {shape}", lambda: s - x)
            attempt(f"{shape} broadcast_add {stype} {stored}", lambda: nd.broadcast_add(x, s))

for stype in ("csr", "row_sparse"):
    s = nd.array([[1., 0, 0], [0, 0, 2]]).tostype(stype)
    for shape in ((2, 2, 3), (2, 3), (1, 2, 3), (4, 3)):
        attempt(f"{stype}.broadcast_to({shape})", lambda: s.broadcast_to(shape))
    attempt(f"{stype}.broadcast_like", lambda: s.broadcast_like(nd.ones((2, 2, 3))))
