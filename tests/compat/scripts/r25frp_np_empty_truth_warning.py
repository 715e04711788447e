"""bool() of an empty mx.np array: False, with MXNet's DeprecationWarning (shown whatever the filters)."""
# recorded on AVX2
import warnings

import numpy as onp
import mxnet as mx

for dtype in ["float32", "int64", "bool"]:
    for shape in [(0,), (2, 0), (0, 3, 1)]:
        x = mx.np.array(onp.zeros(shape), dtype=dtype)
        with warnings.catch_warnings(record=True) as caught:
            value = bool(x)
        print(dtype, shape, value, [(w.category.__name__, str(w.message)) for w in caught])
        with warnings.catch_warnings(record=True) as caught:
            value = "yes" if mx.np.array(onp.ones(shape), dtype=dtype) else "no"
        print(" if:", value, [w.category.__name__ for w in caught])
