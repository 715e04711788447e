"""Without NumPy shape semantics mx.np functions given a 0-d input fail shape inference in their own operator's
name, as MXNet's (the first line of its words)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.array(2.5)
npx.reset_np()
names = ["abs", "absolute", "isinf", "isposinf", "logical_not", "bitwise_not", "invert", "sqrt", "round", "cbrt",
         "all", "amax", "argmin", "average", "prod", "std", "atleast_1d", "atleast_3d", "flipud", "transpose", "ravel"]
for name in names:
    try:
        print(name, "->", getattr(np, name)(x))
    except Exception as e:
        print(name, "->", words(e).splitlines()[0])
for label, call in [("expand_dims", lambda: np.expand_dims(x, 1)), ("tile", lambda: np.tile(x, 2)),
                    ("repeat", lambda: np.repeat(x, 2))]:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", words(e).splitlines()[0])
