# astype(copy=False) returns the array itself only when numpy reads the dtype as the array's own (None is
# float64 there), for legacy and mx.np arrays; the result shares memory exactly then.
import numpy as np
import mxnet as mx

for make in (mx.nd.array, mx.np.array):
    for own in ("float32", "float64", "int32", "uint8"):
        for dtype in (None, own, np.dtype(own), "float32", "int64", "bool"):
            a = make([1, 2], dtype=own)
            b = a.astype(dtype, copy=False)
            b[0] = 7
            print(make.__module__.split(".")[1], own, dtype, b is a, np.dtype(b.dtype).name, a.asnumpy().tolist())
