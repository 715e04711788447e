"""np.linalg.solve and tensorsolve of mixed or non-float operand types record one op whose backward fails when a gradient is read (a float type mismatch, an integer a, or a boolean forward), writing b's gradient only where MXNet's kernel does."""
import mxnet as mx
import numpy as onp

mx.npx.set_np()
np = mx.np

rng = onp.random.RandomState(0)
A0 = rng.randint(-3, 4, size=(6, 2, 3)).astype("float64") + onp.eye(6).reshape(6, 2, 3) * 5
B0 = rng.randint(-3, 4, size=(6,)).astype("float64")
PAIRS = [("int8", "int8"), ("int8", "float64"), ("float32", "float64"), ("float64", "float32"), ("int32", "bool"),
         ("bool", "float32"), ("int64", "int64"), ("float64", "int32"), ("float32", "float32"), ("float64", "float64")]


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


def solved(kind, a, b):
    if kind == "solve":
        return np.linalg.solve(a.reshape(6, 6), b.reshape(6, 1))
    return np.linalg.tensorsolve(a, b)


for kind in ("solve", "tensorsolve"):
    for da, db in PAIRS:
        a, b = np.array(A0, dtype=da), np.array(B0, dtype=db)
        a.attach_grad()
        b.attach_grad()
        with mx.autograd.record():
            y = solved(kind, a, b)
        print(kind, da, db, y.dtype, y.shape)
        y.backward()
        for name, g in (("a", a.grad), ("b", b.grad)):
            try:
                print("  ", name, g.dtype, [round(float(v), 6) for v in g.asnumpy().ravel()[:4]])
            except mx.base.MXNetError as e:
                print("  ", name, last_line(e))
