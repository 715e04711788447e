"""Python and numpy scalars of every kind meeting legacy and mx.np arrays of every dtype on either side: the
result's class, dtype and values (a number too large for an integer array is converted as MXNet's kernels do)."""
import operator

import numpy as np

import mxnet as mx
from _words import words

SCALARS = [2, 2.5, True, np.float64(2.5), np.float32(2.5), np.float16(2.5), np.int64(2), np.int8(2), np.uint8(2),
           np.bool_(True), 2 ** 40, -3, 300]
DTYPES = ["float32", "float64", "float16", "int8", "uint8", "int32", "int64", "bool"]


def show(fn):
    try:
        r = fn()
        return f"{type(r).__name__}:{np.dtype(r.dtype).name}:{r.asnumpy().tolist()}"
    except Exception as e:
        return words(e)


for np_shape in (False, True):
    print("-- np shape", np_shape)
    if np_shape:
        mx.npx.set_np()
    for mod in (mx.nd, mx.np):
        for dtype in DTYPES:
            for s in SCALARS:
                label = f"{mod.__name__.split('.')[-1]} {dtype} {type(s).__name__}({s})"
                x = mod.array([1, 2], dtype=dtype)
                print(label, " ".join(show(lambda: op(x, s)) for op in (operator.add, operator.mul, operator.lt)),
                      "|", " ".join(show(lambda: op(s, x)) for op in (operator.sub, operator.truediv, operator.eq)))
