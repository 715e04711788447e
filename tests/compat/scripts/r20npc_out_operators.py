"""A refused out= names the operator a binary mx.np function picks for its operands (a _scalar one beside a number)."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, np.ndarray) else r)
    except Exception as e:
        print(label, "->", words(e).split(" registered in backend")[0])


names = ["add", "subtract", "multiply", "divide", "true_divide", "mod", "remainder", "power", "maximum", "minimum",
         "hypot", "arctan2", "copysign", "ldexp", "lcm", "bitwise_and", "bitwise_or", "bitwise_xor", "equal",
         "not_equal", "less", "greater", "less_equal", "greater_equal"]
x = np.array([1, 2, 3], dtype="int32")
for name in names:
    f = getattr(np, name)
    for label, args in [("array, number", (x, 2)), ("number, array", (2, x)), ("arrays", (x, x))]:
        show(f"{name} {label} out=list", lambda: f(*args, out=[0]))
    show(f"{name} out=numpy", lambda: f(x, 2, out=onp.zeros(3)))
    show(f"{name} out=legacy", lambda: f(2, x, out=mx.nd.zeros(3)))
y = np.ones(6)
for name in ["add", "copysign", "ldexp", "arctan2", "hypot", "maximum", "less", "lcm"]:
    f = getattr(np, name)
    z = y.astype("int32") if name == "lcm" else y
    show(f"{name} array, number out of 7", lambda: f(z, 1, out=np.zeros(7, dtype=z.dtype)))
    show(f"{name} number, array out of 7", lambda: f(1, z, out=np.zeros(7, dtype=z.dtype)))
    show(f"{name} arrays out of 7", lambda: f(z, z, out=np.zeros(7, dtype=z.dtype)))
    show(f"{name} array, number out (3,2)", lambda: f(z.reshape(2, 3), 1, out=np.zeros((3, 2), dtype=z.dtype)))
