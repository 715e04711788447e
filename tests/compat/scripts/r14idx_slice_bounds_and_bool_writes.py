"""Slice bounds that are no integers, slices past their stop, bool keys past the first axis, numpy 0-d keys, 0-d writes of sequences, partial writes into bool arrays and mask writes of mismatched values, on nd and np arrays: MXNet's refusals in its words."""
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
        print(label, "->", r.shape, r.asnumpy().ravel().tolist()[:8])
    except Exception as e:
        print(label, "->", last(e))


for mode in ["nd", "np"]:
    if mode == "np":
        mx.npx.set_np()
    X = mx.nd if mode == "nd" else mx.np
    x = X.array(onp.arange(12).reshape((4, 3)))
    for k in [slice(0.5, 2), slice("a", None), slice(None, "a"), slice(1, 2.5), slice(None, 2.5), slice(0.5, 2, 2),
              slice("a", None, 2), (slice(0.5, 2), 0), (0, slice(0.5, 2)), slice(3, 1), slice(-1, -3), slice(7, 2),
              slice(4, -3), True, onp.array(1), onp.array(7)]:
        show(f"{mode} x[{k!r}]", lambda: x[k])
    b = X.zeros((2, 4), dtype="bool")
    for k, v in [(1, X.array([1.5, 2.5, 3.5, 4.5])), (1, True), (1, 0), (slice(None), X.array([1, 0, 1, 1])), ((0, slice(1, 3)), X.array([1.0, 2.0]))]:
        def put():
            y = b.copy()
            y[k] = v
            return y
        show(f"{mode} bool[{k!r}] = {v!r}".replace("\n", ""), put)
mx.npx.set_np()
np = mx.np
s = np.array(2.0)
for v in [[1], (1,), [[1]], onp.array([7.0]), onp.array([1.0, 2.0]), np.array([3.0]), np.array([1.0, 2.0]), 5, onp.float32(4), "x"]:
    def put():
        y = s.copy()
        y[()] = v
        return y
    show(f"s[()] = {v!r}", put)
x = np.zeros((2, 3, 4))
mask = np.array([[True, False, True], [False, True, True]], dtype="bool")
for v in [np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0, 4.0]), np.array([1, 2, 3, 4], dtype="int32"), np.array([5.0]),
          np.ones((1, 4)), np.ones((2, 5)), 3]:
    def put():
        y = x.copy()
        y[mask] = v
        return y
    show(f"x[mask] = {v.shape if hasattr(v, 'shape') else v}", put)
