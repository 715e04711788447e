"""np setitem keys as MXNet reads them: a NumPy bool array is the integer positions 0 and 1 (not a mask), an
empty tuple inside a key writes nothing, a NumPy value broadcast to the whole array fails with NumPy's ValueError."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def assign(label, key, value, shape=(2, 3)):
    """Prints the array after ``a[key] = value``, or the exception class."""
    a = np.arange(float(onp.prod(shape))).reshape(shape)
    try:
        a[key] = value
        print(label, "->", a.reshape(-1).tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


assign("numpy bool key, number", onp.array([True, False]), 7)
assign("numpy bool key, column", onp.array([True, False]), np.array([[5.], [6.]]))
assign("numpy bool key, row", onp.array([False, False]), np.array([1., 2., 3.]))
assign("numpy bool key 3-d", onp.array([True, False]), -1, (2, 3, 4))
assign("mx bool key", np.array([True, False]), 7)
for key in [((),), ((), 0), (0, ()), ((), slice(None)), (slice(None), ())]:
    for value in [7, np.array([1., 2., 3.]), np.array([[5.], [6.]])]:
        assign("empty tuple in %r, value shape %s" % (key, onp.shape(value)), key, value)
assign("list key ([],), column", ([],), np.array([[5.], [6.]]))
for key in [slice(None), None, Ellipsis, (Ellipsis, None), ()]:
    assign("numpy value to whole via %r" % (key,), key, onp.array([4., 5., 6.]), (2, 3, 4))
assign("numpy value to part", 0, onp.array([4., 5., 6.]), (2, 3, 4))
