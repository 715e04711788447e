"""mx.np.full with an array value reads its shape as broadcast_to does (its words); eye reads M before N; einsum's symbol check names its source line."""
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


a = np.ones((2,))
show("full float shape", lambda: np.full((2.5,), a))
show("full float", lambda: np.full(2.5, a))
show("full list", lambda: np.full([2, 1.5], a))
show("full array shape", lambda: np.full(a, a))
show("full text shape", lambda: np.full("2", a))
show("full rows", lambda: np.full((2, 3), np.array([1., 2, 3])))
show("full cast", lambda: np.full(3, np.array([1, 2, 3], dtype="int32"), dtype="float64"))
show("full mismatch", lambda: np.full((2, 3), np.array([1., 2])))
show("eye N and M", lambda: np.eye(a, a))
show("eye N", lambda: np.eye(a))
show("eye M", lambda: np.eye(2, a))
show("eye N and k", lambda: np.eye(a, 2, a))
show("eye floats", lambda: np.eye(2.5, 2.5, 1.5))
show("einsum symbol", lambda: np.einsum("i[", a))
