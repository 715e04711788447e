"""The _*_scalar operators: scalar defaults to 1, and is_int=False computes integer and bool data in double."""
import mxnet as mx
import numpy as np

nd = mx.nd
ops = ["_plus_scalar", "_minus_scalar", "_rminus_scalar", "_mul_scalar", "_div_scalar", "_rdiv_scalar",
       "_power_scalar", "_rpower_scalar", "_maximum_scalar", "_minimum_scalar", "_equal_scalar", "_greater_scalar"]
for name in ops:
    op = getattr(nd._internal, name)
    for dtype in ("float32", "int32", "uint8", "bool"):
        x = nd.array(np.array([1, 2, 3, 0, 5]), dtype=dtype)
        for kwargs in ({}, {"scalar": 2.5}, {"scalar": 2.5, "is_int": False}, {"scalar": -1.5, "is_int": True}):
            r = op(x, **kwargs)
            print(name, dtype, kwargs, r.dtype.__name__, r.asnumpy().tolist())
