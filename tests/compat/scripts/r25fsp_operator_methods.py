"""Operator methods between dense and sparse arrays: dense.__add__/__sub__(csr) run the broadcast operator's csr
kernel as ``dense + csr`` does, a sparse array divides and takes a modulo in place, csr / dense of another shape
fails with the broadcast shape; slice and slice_axis refuse bad bounds in MXNet's order."""
# recorded on AVX2
import operator

import numpy as np
import mxnet as mx
from _sparse_show import attempt

nd = mx.nd
D = [[1, 2, 3], [4, 5, 6]]
S = [[1, 0, 2], [0, 0, 0]]

for dtype in ("float32", "int32", "float16"):
    for stype in ("csr", "row_sparse"):
        for rows, cols in ((2, 3), (1, 3), (2, 1)):
            d = nd.array(D, dtype=dtype)
            s = nd.array(np.array(S)[:rows, :cols] + (dtype == "int32"), dtype=dtype).tostype(stype)
            for name in ("add", "sub", "mul", "truediv", "eq", "gt"):
                if dtype == "int32" and name == "truediv":
                    continue
                attempt(f"{dtype} dense.__{name}__({stype} {s.shape})", lambda: getattr(d, f"__{name}__")(s))
                attempt(f"{dtype} dense {name} {stype} {s.shape}", lambda: getattr(operator, name)(d, s))
                if name == "truediv" or stype == "row_sparse" or s.shape == d.shape:
                    attempt(f"{dtype} {stype} {s.shape} {name} dense", lambda: getattr(operator, name)(s, d))

for stype in ("csr", "row_sparse"):
    for method in ("__idiv__", "__itruediv__", "__imod__"):
        for other in (2, 0.5, "dense", "sparse"):
            def run():
                x = nd.array([[1.5, 0, 2], [0, -3, 0]]).tostype(stype)
                y = nd.array([[2, 1, 4], [1, 2, 1]]) if other == "dense" else \
                    nd.array([[2, 1, 4], [1, 2, 1]]).tostype(stype) if other == "sparse" else other
                r = getattr(x, method)(y)
                print("   same object:", r is x)
                return x
            attempt(f"{stype} {method}({other})", run)

for shape in ((3, 0), (0,), (0, 2, 0)):
    attempt(f"zero-size {shape} tostype('default')", lambda: nd.array(np.zeros(shape)).tostype("default"))

x = nd.array([[1, 0, 2], [0, 3, 0], [4, 0, 0]]).tostype("csr")
for begin, end in (((0,), (2, None)), ((0, 1), (2,)), ((1,), (3, 2)), ((0, None), (2, 2)), ((-1,), (3,))):
    attempt(f"sparse.slice(csr, {begin}, {end})", lambda: nd.sparse.slice(x, begin=begin, end=end))
    attempt(f"slice(csr, {begin}, {end}, step=(1,))", lambda: nd.slice(x, begin=begin, end=end, step=(1,)))

for stype in ("default", "csr", "row_sparse"):
    y = nd.array([[1., 2, 0]]).tostype(stype)
    for axis, begin, end in ((1, 4, 4), (1, 5, 4), (0, 2, 2), (1, -5, -4), (1, -5, 0), (1, 2, 1), (1, 3, 3),
                             (1, -1, None), (1, 0, 5)):
        attempt(f"slice_axis({stype}, axis={axis}, begin={begin}, end={end})",
                lambda: nd.slice_axis(y, axis=axis, begin=begin, end=end))
