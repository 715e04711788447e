"""mx.np.ndarray.reshape_view is the legacy NDArray reshape (special codes, keywords, its checks); slice_assign refuses legacy arrays and is named ndarray's; broadcast_to (method, function, full's array value) checks its shape as MXNet, None as a shape of unknown rank."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        text = "%s %s %s" % (r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        text = "%s %r" % (type(e).__name__, str(e))
    print(label, text)


a = np.array([[1.5, -2., 3.], [0.5, 4., -1.]])
show("reshape_view", lambda: a.reshape_view(3, 2))
show("reshape_view tuple", lambda: a.reshape_view((3, 2)))
show("reshape_view keep", lambda: a.reshape_view(0, -1))
show("reshape_view copy rest", lambda: a.reshape_view(-2))
show("reshape_view by name", lambda: a.reshape_view(shape=(6,)))
show("reshape_view reversed", lambda: a.reshape_view((-1, 0), reverse=True))
show("reshape_view size", lambda: a.reshape_view(1))
show("reshape_view float", lambda: a.reshape_view(2.5))
show("reshape_view array", lambda: a.reshape_view(a))
show("reshape_view axis", lambda: a.reshape_view(axis=0))
show("reshape_view none", lambda: a.reshape_view())
view = a.reshape_view(6)
view[0] = 100
print("written through the view", type(view).__name__, a.tolist())
b = np.zeros((2, 3))
show("slice_assign", lambda: b.slice_assign(np.ones((1, 2)), (0, 1), (1, 3), (None, None)))
show("slice_assign_scalar", lambda: b.slice_assign_scalar(7, (1, 0), (2, 2), (None, None)))
show("slice_assign legacy", lambda: b.slice_assign(mx.nd.ones((1, 2)), (0, 1), (1, 3), (None, None)))
print(type(b).slice_assign.__qualname__, type(b).slice_assign_scalar.__qualname__, type(b).broadcast_to.__qualname__)
c = np.array([1., 2, 3])
show("broadcast_to method", lambda: c.broadcast_to((2, 3)))
show("broadcast_to method array", lambda: c.broadcast_to(a))
show("broadcast_to method float", lambda: c.broadcast_to((2.5, 3)))
show("broadcast_to method None", lambda: c.broadcast_to(None))
show("broadcast_to None", lambda: np.broadcast_to(c, None))
show("broadcast_to None scalar", lambda: np.broadcast_to(np.array(1.), None))
show("full None", lambda: np.full(None, c))
