"""Element access of one-, few- and no-element arrays in both front ends: item, tolist, asscalar, len, iteration, truth, int/float/index, membership."""
import operator
import numpy as np
import mxnet as mx
from _words import words

EXPRS = ["a.item()", "a.tolist()", "a.asscalar()", "len(a)", "[x.shape for x in a]", "bool(a)", "int(a)", "float(a)",
         "operator.index(a)", "[0, 1, 2, 3, 4, 5, 6, 7][a]", "2.5 in a", "a.item(0)", "a.item(-1)", "a.item(5)",
         "a.tolist(1)", "a.asscalar(1)", "not a", "round(a)", "complex(a)", "divmod(a, 2)"]


def show(r):
    if isinstance(r, (mx.nd.NDArray,)):
        return f"{type(r).__name__}{r.shape} {r.asnumpy().tolist()}"
    return f"{type(r).__name__} {r!r}"


for front in ["nd", "np"]:
    if front == "np":
        mx.npx.set_np()
    P = mx.nd if front == "nd" else mx.np
    sources = {"0-d": lambda: P.array(3.5), "[2.5]": lambda: P.array([2.5]), "[1,0,2]": lambda: P.array([1., 0., 2.]),
               "2x2": lambda: P.array([[1., 2.], [3., 4.]]), "empty": lambda: P.array(np.zeros((0,))),
               "int 0-d": lambda: P.array(7, dtype="int32"), "[0]": lambda: P.array([0.]), "bool": lambda: P.array([1], dtype="bool"),
               "uint8": lambda: P.array([200], dtype="uint8"), "1x1x1": lambda: P.array([[[5.]]])}
    for name, make in sources.items():
        for expr in EXPRS:
            a = make()
            try:
                print(front, name, expr, "->", show(eval(expr)))
            except Exception as e:
                print(front, name, expr, "->", words(e))
