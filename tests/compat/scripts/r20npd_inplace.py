"""In-place operators on mx.np arrays: operands of every dtype, views, broadcasting, and kernels MXNet lacks."""
import operator
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
DT = ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64"]
OPS = [("+=", operator.iadd), ("-=", operator.isub), ("*=", operator.imul), ("/=", operator.itruediv),
       ("//=", operator.ifloordiv), ("%=", operator.imod), ("&=", operator.iand), ("|=", operator.ior)]


def show(r):
    return f"{r.dtype} {r.shape} {r.tolist()}" if isinstance(r, np.ndarray) else repr(r)


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


def made(dt, shape=(2, 3)):
    v = (onp.arange(int(onp.prod(shape))) % 5 + 1).reshape(shape)
    return np.array(v.astype(dt), dtype=dt)


for left in DT:
    for right in DT:
        for name, op in OPS:
            def written():
                a = made(left)
                same = op(a, made(right, (3,))) is a
                return f"same={same} " + show(a)
            attempt(f"{left} {name} {right}", written)
    for name, value in [("2.7", 2.7), ("True", True), ("list", [1, 2, 3]), ("numpy", onp.ones(3))]:
        def scalar_written():
            a = made(left)
            a += value
            return a
        attempt(f"{left} += {name}", scalar_written)


def through_view(fn):
    a = made("float32")
    fn(a)
    return a


attempt("row view += 1", lambda: through_view(lambda a: operator.iadd(a[1], 1)))
attempt("column *= 2", lambda: through_view(lambda a: a.__setitem__((slice(None), 1), a[:, 1] * 2)))
attempt("reshape view -= 1", lambda: through_view(lambda a: operator.isub(a.reshape(3, 2), 1)))
attempt("smaller left side", lambda: through_view(lambda a: operator.iadd(made("float32", (3,)), a)))
attempt("true_divide out=", lambda: through_view(lambda a: np.true_divide(a, made("float16"), out=a)))
