"""mx.np arrays reshaped, broadcast, squeezed and swapped past what fits, and methods given keywords they lack: MXNet's check words, in its order, and its method names in argument errors."""
import mxnet as mx
from mxnet import np, npx


def last(e):
    """The exception's type and the last line of its message, without a repeated type name before it."""
    text = str(e).strip().splitlines()[-1]
    name = type(e).__name__
    while text.startswith(name + ": ") or text.startswith("MXNetError: "):
        text = text.split(": ", 1)[1]
    return f"{name}: {text}"


def show(label, make):
    try:
        r = make()
        print(label, "->", r.shape, r.asnumpy().ravel().tolist()[:6])
    except Exception as e:
        print(label, "->", last(e))


npx.set_np()
x, z = np.arange(6).reshape((2, 3)), np.ones((0, 3))
for s in [(3, 2), (4, 2), (4, -1), (-1, 4), (0, -1), (-1, 0), (-2,), (-1, -2), (-2, -1), (-1, -1), (7,), (0,), (0, 0),
          (1, -1, 5), (6, -1), (-5, 2), (-1,), 6]:
    show(f"x.reshape({s})", lambda: x.reshape(s))
    show(f"np.reshape(x, {s})", lambda: np.reshape(x, s))
for s in [(-1, 0), (0, -1), (-1, 3), (3, -1, 0), (0,), (0, 5), (1, 0)]:
    show(f"z.reshape({s})", lambda: z.reshape(s))
show("x.reshape(3, 2)", lambda: x.reshape(3, 2))
show("x.reshape((3,2), order='C')", lambda: x.reshape((3, 2), order="C"))
show("x.reshape((3,2), foo=1)", lambda: x.reshape((3, 2), foo=1))
show("x.reshape((3,2), order='C', foo=1)", lambda: x.reshape((3, 2), order="C", foo=1))
show("x.reshape(shape=(3,2))", lambda: x.reshape(shape=(3, 2)))
show("x.reshape()", lambda: x.reshape())
for s in [(3, 3), (1, 3), (2, 3, 3), (4, 2, 3), (3,), 6, (2, 0), (0, 3), (2, -1), (-1, 3), (), (2, 1), (2, 2, 3)]:
    show(f"x.broadcast_to({s})", lambda: x.broadcast_to(s))
    show(f"np.broadcast_to(x, {s})", lambda: np.broadcast_to(x, s))
show("np.broadcast_to((3,1) -> (1,3,-1))", lambda: np.broadcast_to(np.ones((3, 1)), (1, 3, -1)))
show("np.broadcast_to((0,) -> (2,1))", lambda: np.broadcast_to(np.ones((0,)), (2, 1)))
show("np.full((2,3), array (4,))", lambda: np.full((2, 3), np.ones((4,))))
show("np.full((2,3), array (2,1,3))", lambda: np.full((2, 3), np.ones((2, 1, 3))))
y = np.ones((1, 2, 1))
for ax in [0, (0,), 1, (0, 1), (2, 1), 2, -3, 3, -4, (0, 0), (0, 5), None]:
    show(f"y.squeeze({ax})", lambda: y.squeeze(axis=ax))
    show(f"np.squeeze(y, {ax})", lambda: np.squeeze(y, axis=ax))
for a in [(0, 2), (2, 0), (-3, 0), (0, -3), (0, 0), (1, -1), (5, 7)]:
    show(f"x.swapaxes{a}", lambda: x.swapaxes(*a))
    show(f"np.swapaxes(x, *{a})", lambda: np.swapaxes(x, *a))
for label, call in [("transpose(axes=)", lambda: x.transpose(axes=(1, 0))), ("argsort(is_ascend=)", lambda: x.argsort(is_ascend=False)),
                    ("argsort(dtype=)", lambda: x.argsort(dtype="int32")), ("clip(a_min=)", lambda: x.clip(a_min=0, a_max=1)),
                    ("squeeze(foo=)", lambda: x.squeeze(foo=1)), ("sum(exclude=)", lambda: x.sum(exclude=True)),
                    ("take(5, raise)", lambda: x.take(np.array([5]), axis=1)), ("take(-1, raise)", lambda: x.take(np.array([-1, 0]))),
                    ("take(5, clip)", lambda: x.take(np.array([5]), axis=1, mode="clip")), ("take(5, wrap)", lambda: x.take(np.array([5]), axis=1, mode="wrap"))]:
    show(label, call)
