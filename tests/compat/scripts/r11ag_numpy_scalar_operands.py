"""A numpy scalar on either side of an NDArray's arithmetic is the array's own (reflected) operator, as MXNet's arrays have no __array_ufunc__: dtypes, sparse storage, recorded ops."""
import numpy as np
from mxnet import autograd as ag, nd


def show(label, fn):
    try:
        r = fn()
        print(label, r.dtype.__name__, r.stype, r.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0] if type(e).__name__ != "MXNetError" else "")


ops = {"s + a": lambda s, a: s + a, "s - a": lambda s, a: s - a, "s * a": lambda s, a: s * a,
       "s / a": lambda s, a: s / a, "s ** a": lambda s, a: s ** a, "s % a": lambda s, a: s % a,
       "s < a": lambda s, a: s < a, "s == a": lambda s, a: s == a}
for scalar in [np.float64(2.5), np.float16(2), np.int64(3), np.uint8(2), np.bool_(True)]:
    for dtype in ["float32", "float16", "int32", "uint8"]:
        for name, op in ops.items():
            show("%r %s %s" % (scalar, dtype, name), lambda: op(scalar, nd.array([1, 2], dtype=dtype)))
for stype in ["csr", "row_sparse"]:
    for name, op in ops.items():
        show("%s %s" % (stype, name), lambda: op(np.float32(2), nd.array([[0, 1], [2, 0]]).tostype(stype)))
x = nd.array([1., 2.])
x.attach_grad()
with ag.record():
    y = np.float32(3) * x - np.float64(1)
print("recorded", ag.get_symbol(y).get_internals().list_outputs())
y.backward()
print("gradient", x.grad.asnumpy().tolist())
