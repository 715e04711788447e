"""np.linalg.norm's kernel refusals surface when the result or its gradient is read: the 2/-2/nuc matrix norms of
float16, integer and tall matrices, the infinite vector norms; the other orders and dtypes compute."""
import mxnet as mx
import numpy as onp
from mxnet import autograd, np, npx
from _words import words

npx.set_np()
BASE = onp.array([[1., -2., 3., 0.5], [4., 5., -7., 1.], [0., 2., 1., -1.]])


def read(r):
    try:
        return (r.asnumpy().astype("float64").round(3) + 0).tolist()
    except mx.MXNetError as e:
        return words(e)


for dtype in ("float16", "float32", "float64", "int32", "int64"):
    for ordv in ("nuc", 2, -2, 1, -1, onp.inf, -onp.inf, "fro", None):
        for axis in (None, (1, 0), 1):
            if axis == 1 and ordv in ("nuc", "fro"):
                continue
            try:
                r = np.linalg.norm(np.array(BASE, dtype=dtype), ord=ordv, axis=axis)
            except mx.MXNetError as e:
                print(dtype, ordv, axis, "call ->", words(e))
                continue
            print(dtype, ordv, axis, r.shape, r.dtype, read(r))
for ordv, axis in (("nuc", (1, 0)), (2, (1, 0)), (-2, (0, 1)), (onp.inf, 1), (-onp.inf, 0), (onp.inf, (0, 1)),
                   (1, 1), (2, 1), ("nuc", None)):
    x = np.array(BASE, dtype="float32")
    x.attach_grad()
    with autograd.record():
        y = np.linalg.norm(x, ord=ordv, axis=axis)
    y.backward()
    print("grad", ordv, axis, y.shape, read(x.grad))
