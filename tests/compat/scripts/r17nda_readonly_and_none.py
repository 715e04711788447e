"""The writable flag on legacy and mx.np arrays (which in-place operators check, which views take it), None as an
operand, and assigning an array's context properties."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


def updated(x, op):
    scope = {"x": x}
    exec(f"x {op} 2", scope)
    return scope["x"]


for np_shape in (False, True):
    print("-- np shape", np_shape)
    if np_shape:
        mx.npx.set_np()
    for mod in (nd, mx.np):
        name = mod.__name__.split(".")[-1]
        for op in ("+=", "-=", "*=", "/=", "%=", "**="):
            x = mod.array([[1., 2.], [3., 4.]])
            x.writable = False
            attempt(f"{name} readonly {op}", lambda: updated(x, op))
            attempt(f"{name}   left", lambda: x)
        x = mod.array([[1., 2.], [3., 4.]])
        x.writable = 0
        for key in (0, slice(0, 1), None, Ellipsis, (slice(None), 1), [0, 1]):
            attempt(f"{name} view {key!r} writable", lambda: x[key].writable)
        attempt(f"{name} copy writable", lambda: x.copy().writable)
        attempt(f"{name} x + 1 writable", lambda: (x + 1).writable)
        attempt(f"{name} view += ", lambda: updated(x[0:1], "+="))
        x[:] = 5
        attempt(f"{name} assigned", lambda: x)
        y = mod.array([1., 2.])
        for label, fn in [("None - x", lambda: None - y), ("None / x", lambda: None / y), ("None ** x", lambda: None ** y),
                          ("None % x", lambda: None % y), ("x + None", lambda: y + None), ("x @ None", lambda: y @ None),
                          ("None @ x", lambda: None @ y), ("x == None", lambda: y == None)]:
            attempt(f"{name} {label}", fn)
        for attr in ("ctx", "context"):
            attempt(f"{name} set {attr}", lambda: setattr(y, attr, mx.cpu(1)))
