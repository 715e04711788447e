"""A dtype MXNet lacks: zeros_like/ones_like/full_like refuse it in their operator parser's words; np.array has
NumPy read the source in that type first (its errors come first), then refuses the type (KeyError)."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.ones((2, 2))
for dtype in ("int16", "uint16", "complex64", onp.int16, onp.uint32, "U3", object, "float", "int", "bool_", "int8"):
    for name in ("zeros_like", "ones_like", "full_like"):
        try:
            res = np.full_like(a, 2.5, dtype=dtype) if name == "full_like" else getattr(np, name)(a, dtype=dtype)
            print(name, dtype, res.dtype, res.tolist())
        except mx.MXNetError as e:
            print(name, dtype, words(e))
SOURCES = ([[1, 2], [3]], None, "a", [1, "a"], float("nan"), [float("inf")], [1, 2], 2.5, [[1.5, 2.5]], (1, 2))
for dtype in ("int16", "uint16", "complex64", "int32"):
    for source in SOURCES:
        try:
            res = np.array(source, dtype=dtype)
            print("array", repr(source), dtype, res.dtype, res.tolist())
        except (TypeError, KeyError, ValueError) as e:
            print("array", repr(source), dtype, type(e).__name__, e)
for fn in (np.linspace, np.logspace):       # the dtype attribute named only when given; parsed before num's sign
    for kwargs in ({}, {"dtype": None}, {"dtype": "float64"}, {"dtype": "int32"},
                   {"dtype": "float16", "endpoint": False}):
        for num in (2.5, -1, "3", None, 3):
            try:
                print(fn.__name__, kwargs, num, fn(0, 1, num, **kwargs).tolist())
            except mx.MXNetError as e:
                print(fn.__name__, kwargs, num, words(e))
    for num in (-1, 3):
        try:
            print(fn.__name__, "bool", num, fn(0, 1, num, dtype="bool"))
        except mx.MXNetError as e:
            print(fn.__name__, "bool", num, words(e))
