"""mx.np aliases (abs/fabs of absolute, bitwise_not of invert, round/round_ of around) are functions of their own,
named as themselves in the words of MXNet's ufunc keyword checks; round's operator is around's."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.array([[1.5, -2.25], [3., -0.5]])
i = np.array([1, -2, 3], dtype='int32')
for name in ["abs", "fabs", "absolute", "bitwise_not", "invert", "round", "round_", "around"]:
    fn = getattr(np, name)
    print(name, "__name__", fn.__name__)
    arg = i if name in ("bitwise_not", "invert") else x
    for kw in [{"dtype": "float64"}, {"where": False}, {"casting": "no"}, {"order": "F"}, {"bogus": 1}]:
        try:
            print(" ", kw, "->", fn(arg, **kw).tolist())
        except Exception as e:
            print(" ", kw, "->", words(e))
    try:
        print("  numpy out ->", fn(arg, out=onp.zeros(arg.shape)).tolist())
    except Exception as e:
        print("  numpy out ->", words(e))
    print("  value", fn(arg).tolist())
for name in ["invert", "bitwise_not"]:
    o = np.zeros((2, 2))
    r = getattr(np, name)(x, out=o)
    print(name, "float out is out", r is o)
    try:
        print("  read ->", o.tolist())
    except Exception as e:
        print("  read ->", words(e))
