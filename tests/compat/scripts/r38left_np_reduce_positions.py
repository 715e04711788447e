"""mx.np reductions bind positional arguments in their operator's order (max's fourth is initial), parse initial as an optional double; multi_dot's out=."""
import numpy as onp

import mxnet as mx

np = mx.np


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r).replace("\n", ""), getattr(r, "dtype", ""))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace("\n", " | ")[:260])


x = np.arange(6, dtype="float32").reshape(2, 3)
z3 = lambda: np.zeros(3)        # noqa: E731
show("sum6", lambda: np.sum(x, 0, None, False, None, z3()))
show("sum5", lambda: np.sum(x, 0, None, False, 2))
show("sum7", lambda: np.sum(x, 0, None, False, None, z3(), 1))
show("sum-out-shape", lambda: np.sum(x, 0, None, False, None, np.zeros(2)))
for name in ("max", "min", "amax", "amin"):
    f = getattr(np, name)
    show(name + "4", lambda: f(x, 0, False, z3()))
    show(name + "5", lambda: f(x, 0, False, None, z3()))
    show(name + "4i", lambda: f(x, 0, False, 1.0))
    show(name + "6", lambda: f(x, 0, False, None, z3(), 1))
    show(name + "5legacy", lambda: f(x, 0, False, z3(), 5))
for name in ("prod", "product"):
    f = getattr(np, name)
    show(name + "4", lambda: f(x, 0, None, True))
    show(name + "4arr", lambda: f(x, 0, None, z3()))
    show(name + "5", lambda: f(x, 0, None, False, 2.0))
    show(name + "6", lambda: f(x, 0, None, False, None, z3()))
    show(name + "7", lambda: f(x, 0, None, False, None, z3(), 1))
for name in ("all", "any", "sometrue"):
    f = getattr(np, name)
    show(name + "4", lambda: f(x, 0, False, np.zeros(3, dtype=bool)))
    show(name + "5", lambda: f(x, 0, False, np.zeros(3, dtype=bool), 1))
for name in ("mean", "std", "var"):
    show(name + "4", lambda: getattr(np, name)(x, 0, None, z3()))
show("x.sum", lambda: x.sum(0, None, z3()))
show("x.max", lambda: x.max(0, z3()))
for name in ("sum", "max", "prod", "amin"):
    f = getattr(np, name)
    for v in (np.zeros(3), "abc", True, "2", [1], 2, None, float("nan"), float("inf"), "-inf", " 2", "1e3", "2.5x",
              onp.bool_(True), np.array(2.0), "1e999", -0.0):
        show(f"{name} initial={v!r}", lambda: f(x, axis=0, initial=v))
for f in (lambda: np.sum(x, axis=0, dtype="float32", keepdims="x", initial=2), lambda: np.sum(x, 0, None, "x", None),
          lambda: np.prod(x, 0, "float32", "x", 2), lambda: np.max(x, 0, "x", 2), lambda: np.sum(x, None, None, True, "a"),
          lambda: np.prod(x, 1, "int32", True, "abc")):
    show("order", f)
a, b = np.arange(6, dtype="float32").reshape(2, 3), np.ones((3, 2))
host = onp.zeros((2, 2), "float32")
show("multi_dot numpy out", lambda: np.linalg.multi_dot([a, b], out=host))
print(host)
for out in ([1], mx.nd.zeros((2, 2)), 5, np.zeros((3, 3)), np.zeros((2, 2), dtype="float64"),
            onp.zeros((2, 2), "float64")):
    show(f"multi_dot out {type(out).__name__}", lambda: np.linalg.multi_dot([a, b], out=out))
kept = np.zeros((2, 2))
show("multi_dot mx.np out", lambda: np.linalg.multi_dot([a, b, np.ones((2, 2))], out=kept))
print(kept)
