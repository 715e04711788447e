"""npx functions' argument checks and mode switches: batch_flatten of 0-d, reshape's ignored order, softmax's
length input count, one_hot of bool indices with nothing to write, npx.random's names, np_shape off under np."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result (shape, dtype, values) or the exception class (MXNet's messages carry its traceback)."""
    try:
        r = fn()
        print(label, "->", (r.shape, r.dtype, r.reshape(-1).tolist()[:3]) if isinstance(r, np.ndarray) else r)
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


x = np.array([[1.5, -2., 0., 3.], [-0., 4., -1., 2.5], [0.5, 0.25, -3., 1.]])
show("batch_flatten 0-d", lambda: npx.batch_flatten(np.array(0.3)))
show("batch_flatten 1-d", lambda: npx.batch_flatten(np.array([0.3, 1.])))
show("nd.Flatten 0-d", lambda: mx.nd.Flatten(np.array(3.).as_nd_ndarray()))
for order in ["C", "F", "A", "bogus", None]:
    show("npx.reshape order=%r" % order, lambda: npx.reshape(x, (6, 2), order=order))
length = np.array([2, 3, 1], dtype="int32")
for fn in [npx.softmax, npx.log_softmax]:
    show("%s use_length without length" % fn.__name__, lambda: fn(x, use_length=True))
    show("%s length without use_length" % fn.__name__, lambda: fn(x, length))
    show("%s use_length" % fn.__name__, lambda: fn(x, length, use_length=True))
for depth in [0, 2]:
    show("one_hot bool depth=%d" % depth, lambda: npx.one_hot(np.array([1, 0]).astype("bool"), depth))
show("one_hot bool empty", lambda: npx.one_hot(np.zeros((0,), dtype="bool"), 3))
show("one_hot bool negative depth", lambda: npx.one_hot(np.array([1, 0]).astype("bool"), -1))
print("npx.random", sorted(n for n in dir(npx.random) if not n.startswith("_")))
show("set_np_shape(False) under np", lambda: mx.util.set_np_shape(False))
show("np_shape(False) scope under np", lambda: mx.util.np_shape(False).__enter__())
print("still np", npx.is_np_array(), npx.is_np_shape())
npx.reset_np()
print("reset", npx.is_np_array(), npx.is_np_shape())
show("set_np_shape(False) off", lambda: mx.util.set_np_shape(False))
show("set_np_shape(True)", lambda: mx.util.set_np_shape(True))
show("set_np_shape(False) shape only", lambda: mx.util.set_np_shape(False))
