"""Index arrays with positions past their axes, on nd and np arrays: the gather returns, and reading its result fails naming the first axis holding such a position and the last of them there; one integer per axis on an np array is checked axis by axis."""
import numpy as onp
import mxnet as mx
from mxnet import nd


def last(e):
    """The exception's type and the last line of its message, without a repeated type name before it."""
    text = str(e).strip().splitlines()[-1]
    name = type(e).__name__
    while text.startswith(name + ": ") or text.startswith("MXNetError: "):
        text = text.split(": ", 1)[1]
    return f"{name}: {text}"


def show(label, make):
    try:
        y = make()
    except Exception as e:
        print(label, "call ->", last(e))
        return
    try:
        print(label, "->", y.shape, y.asnumpy().ravel().tolist()[:6])
    except Exception as e:
        print(label, "read", y.shape, "->", last(e))


keys = [([5, 0], [0, 7]), ([0, 5], [7, 0]), ([5, -9], [0, 1]), ([0, 1], [7, -9]), [3, -3, 0], [[3], [-4]],
        (slice(None), [4, -5, 1]), ([0, 3], slice(None)), (0, [3, 9, 1]), ([[1], [0]], [3, 4]), ([-3, 9],),
        [1, 0], ([1, 0], [2, -3]), (Ellipsis, [2, 3, -4]), ([1, 1], Ellipsis, [0, 0])]
for mod in ["nd", "np"]:
    if mod == "np":
        mx.npx.set_np()
    arr = nd if mod == "nd" else mx.np
    x = arr.arange(6).reshape((2, 3))
    for k in keys:
        show(f"{mod} x{k!r}", lambda: x[k])
        show(f"{mod} x{k!r} as array", lambda: x[tuple(arr.array(onp.array(i), dtype="int32") if isinstance(i, list) else i
                                                     for i in (k if isinstance(k, tuple) else (k,)))])
    v = arr.arange(6)
    for k in [[6, 7, 1], [-7, 1, 8], [1, 6, -9], [[0, 6], [7, 1]]]:
        show(f"{mod} v{k!r}", lambda: v[k])
    show(f"{mod} gather_nd", lambda: nd.gather_nd(nd.arange(6).reshape((2, 3)), nd.array([[5, 0, -9], [0, 7, 1]])))
mx.npx.set_np()
x = mx.np.zeros((2, 3))
for k in [(1, 5), (5, 1), (1, -5), (-5, 1), (-3, -1), 5, -5, (5,), (-5,), (1, -4), (1, 2), (-2, -3)]:
    show(f"np ints {k!r}", lambda: x[k])
e = mx.np.zeros((3, 0))
for k in [([0, 1], 0), (0, [0, 2]), ([0, 1], [1, 2]), (slice(None), [0, 2])]:
    show(f"np empty {k!r}", lambda: e[k])
