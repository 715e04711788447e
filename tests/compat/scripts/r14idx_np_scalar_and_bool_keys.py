"""mx.np arrays indexed with numpy scalars, numpy bools and masks of too many axes, 0-d arrays included: MXNet's refusals in its words and order."""
import numpy as onp
import mxnet as mx


def last(e):
    """The exception's type and the last line of its message, without a repeated type name before it."""
    text = str(e).strip().splitlines()[-1]
    name = type(e).__name__
    while text.startswith(name + ": ") or text.startswith("MXNetError: "):
        text = text.split(": ", 1)[1]
    return f"{name}: {text}"


def show(label, f):
    try:
        r = f()
        print(label, "->", r.shape, r.asnumpy().ravel().tolist()[:6])
    except Exception as e:
        print(label, "->", last(e))


mx.npx.set_np()
np = mx.np
x, s, v = np.arange(6).reshape((2, 3)), np.array(2.0), np.arange(3)
keys = [onp.bool_(True), (onp.bool_(True),), (0, onp.bool_(False)), (onp.bool_(True), 0), onp.int64(0), onp.int32(-1),
        onp.array(0), onp.array([], dtype="int64"), (onp.int64(0),), [True], [[True]], [True, False],
        np.array([True], dtype="bool"), np.array(True, dtype="bool"), np.array([[True, False, True]], dtype="bool"),
        np.array([0, 1]), np.array(0), True, False, (), Ellipsis, None]
for k in keys:
    for name, arr in [("x", x), ("s", s), ("v", v)]:
        show(f"{name}[{k!r}]", lambda: arr[k])

        def put():
            y = arr.copy()
            y[k] = 5
            return y
        show(f"{name}[{k!r}] = 5", put)
