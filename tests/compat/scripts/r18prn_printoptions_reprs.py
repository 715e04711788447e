"""Legacy and mx.np array reprs of every dtype under numpy's print options (set and scoped), summarised shapes,
special values, and a non-default context."""
import numpy as np
import mxnet as mx

DEFAULTS = np.get_printoptions()
values = [1e-8, 1.5, -2.25, 1e8, np.nan, np.inf, -np.inf, -0.0]
options = [dict(precision=2), dict(precision=10), dict(threshold=3, edgeitems=1), dict(suppress=True),
           dict(linewidth=30), dict(sign="+"), dict(floatmode="fixed", precision=3), dict(legacy="1.13")]
for opts in options:
    print("--", opts)
    with np.printoptions(**opts):
        for dtype in ["float16", "float32", "float64"]:
            print(repr(mx.nd.array(values, dtype=dtype)))
            print(repr(mx.np.array(values, dtype=dtype)), "|", str(mx.np.array(values, dtype=dtype)))
        for dtype in ["int8", "int64", "uint8", "bool"]:
            print(repr(mx.nd.array([0, 1, 2, 100], dtype=dtype)), repr(mx.np.array([0, 1, 2, 100], dtype=dtype)))
        print(repr(mx.nd.arange(1200).reshape((2, 3, 200)) / 7))
        print(repr(mx.np.arange(1200).reshape((30, 40)) / 7))
        print(repr(mx.np.ones((2, 3), ctx=mx.cpu(1)) / 3), str(mx.np.ones((2,), ctx=mx.cpu(1))))
np.set_printoptions(precision=4, threshold=5)
print(repr(mx.nd.arange(10) / 3), repr(mx.np.arange(10) / 3))
mx.npx.set_np()
for shape in [(), (0,), (0, 3), (3, 0, 2), (1, 1, 1)]:
    print(shape, repr(mx.np.ones(shape, dtype="int32")), str(mx.np.ones(shape)), repr(mx.np.ones(shape, dtype="int8")))
mx.npx.reset_np()
np.set_printoptions(**DEFAULTS)
print(repr(mx.nd.arange(10) / 3))
