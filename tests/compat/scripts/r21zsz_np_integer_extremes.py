"""mx.np unary and reduction functions on integer extremes (int8/uint8/int32/int64 limits), 0-d and empty arrays."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
VALUES = {"int8": [127, -128, 0, -1, 1, 100], "uint8": [255, 0, 1, 128, 200, 7],
          "int32": [2**31 - 1, -2**31, 0, -1, 1, 65536], "int64": [2**63 - 1, -2**63, 0, -1, 1, 2**40]}
for dtype, values in VALUES.items():
    x = np.array(values, dtype=dtype)
    print("--", dtype)
    for name in ["negative", "degrees", "radians", "abs", "sign", "square", "ceil", "floor", "trunc", "rint", "fix"]:
        try:
            print(name, getattr(np, name)(x).asnumpy().tolist())
        except Exception as e:
            print(name, words(e))
    for name in ["sum", "prod", "max", "min", "argmax", "argmin", "cumsum"]:
        try:
            print(name, getattr(np, name)(x).asnumpy().tolist())
        except Exception as e:
            print(name, words(e))
for shape in [(), (0,), (0, 3)]:
    x = np.ones(shape, dtype="int8") * 100
    for name in ["negative", "degrees", "sum", "max", "cumsum"]:
        try:
            r = getattr(np, name)(x)
            print(shape, name, r.dtype, r.shape, r.asnumpy().tolist())
        except Exception as e:
            print(shape, name, words(e))
