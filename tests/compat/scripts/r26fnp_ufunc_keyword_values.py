"""mx.np ufunc keywords: a dtype given as a name or scalar type is a legal option MXNet has not implemented,
a dtype object (onp.dtype) is not understood; np.alltrue and np.msort run as NumPy 1.23's, without a deprecation
warning."""
# recorded on AVX2
import warnings

import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.array([1., 2.])
DTYPES = ("float32", "int8", "bool", "int16", "f4", onp.float32, onp.int64, onp.bool_, float, int,
          onp.dtype("float32"), onp.dtype("int8"), onp.dtype("float64"), np.float16, None, 3)
for fn in (np.sin, np.abs, np.negative, np.add, np.multiply, np.power):
    unary = fn in (np.sin, np.abs, np.negative)
    for dtype in DTYPES:
        for key in ("dtype", "casting"):
            kwargs = {key: dtype}
            try:
                r = fn(a, **kwargs) if unary else fn(a, a, **kwargs)
                print(fn.__name__, key, repr(dtype), r.dtype, r)
            except Exception as e:
                print(fn.__name__, key, repr(dtype), words(e))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(np.alltrue(np.array([1., 0.])), np.alltrue([1, 2]), np.alltrue(np.array([[1, 0], [1, 1]]), axis=1))
    print(np.alltrue(np.array([[1, 0], [1, 1]]), axis=0, keepdims=True))
    print(np.msort(np.array([[3., 1.], [2., 0.]])), np.msort([3, 1, 2]))
    for kwargs in ({"foo": 1}, {}):
        try:
            np.alltrue(**kwargs) if not kwargs else np.alltrue(a, **kwargs)
        except TypeError as e:
            print(words(e))
print("warnings", [str(w.message) for w in caught])
