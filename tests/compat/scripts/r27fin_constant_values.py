"""Constant and the fixed initializers: scalars, lists and arrays into arrays of each dtype, with their warnings."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from _words import words

values = [2, -0.5, [1, 2, 3], [[1, 2, 3], [4, 5, 6]], [1.5], (1, 2, 3), np.arange(3.0), np.float64(0.1), True,
          mx.nd.array([1, 2, 3]), mx.nd.ones((2, 3)) * 4, mx.nd.ones((3, 2)), 1e40, -1e300, 2 ** 40, float("nan"),
          "abc"]
for value in values:
    label = ("nd%s" % (value.shape,)) if isinstance(value, mx.nd.NDArray) else repr(value)
    cells = []
    for shape in [(3,), (2, 3), (3, 3)]:
        for dtype in ["float32", "float16", "float64", "int32", "uint8"]:
            arr = mx.nd.zeros(shape, dtype=dtype)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    mx.init.Constant(value)(mx.init.InitDesc("c_weight"), arr)
                    cells.append("%r" % float(arr.asnumpy().astype(np.float64).sum()))
                except Exception as e:  # noqa: BLE001
                    cells.append(words(e)[:40])
            cells[-1] += "".join(" !" + type(w.message).__name__ for w in caught)
    print(label, "|", " ".join(cells))

makers = ["zeros", "ones", "bilinear", "lstmbias", '["constant", {"value": 3}]', '["lstmbias", {"forget_bias": 2}]']
for maker in makers:
    cells = []
    for name in ["w_weight", "w_bias", "w_gamma", "w_beta", "w_min", "w_max", "w_moving_mean", "other"]:
        for shape, dtype in [((8,), "float32"), ((2, 2, 3, 4), "float16"), ((4, 2), "int32")]:
            arr = mx.nd.zeros(shape, dtype=dtype)
            try:
                mx.init.create(maker)(mx.init.InitDesc(name), arr)
                cells.append("%g" % arr.asnumpy().astype(np.float64).sum())
            except Exception as e:  # noqa: BLE001
                cells.append(type(e).__name__)
    print(maker, " ".join(cells))

for value in [1e40, -1e40, 70000.0, float("inf"), 300, -5, 2 ** 33]:
    for dtype in ["float32", "float16", "int8", "uint8", "int32"]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            arr = mx.nd.full((2,), value, dtype=dtype)
            arr[0] = value
            arr[:] += 0
        print(value, dtype, arr.asnumpy().tolist(), [type(w.message).__name__ for w in caught])
