"""tensordot and inner operands as MXNet's FFI refuses them (a number, a list, a NumPy array), tensordot with a 0-d
operand as a product (signed zeros kept), bincount of a 0-d array, polyval's 1-D check on p before its dtype."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result's shape, dtype and values (hex bytes), or the exception class."""
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype, r.asnumpy().tobytes().hex())
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


x = np.array([[1.5, -2.0, 0.0], [3.25, -0.0, 4.0]])
s = np.array(2.5)
for label, other in [("int", 2), ("float", 2.5), ("bool", True), ("list", [1., 2., 3.]), ("numpy", onp.ones(3))]:
    show("tensordot x, %s" % label, lambda: np.tensordot(x, other))
    show("tensordot %s, x" % label, lambda: np.tensordot(other, x))
    show("inner x, %s" % label, lambda: np.inner(x, other))
for axes in [2, 0, 1, ((), ())]:
    show("tensordot 0-d, x, axes=%r" % (axes,), lambda: np.tensordot(s, x, axes))
    show("tensordot x, 0-d, axes=%r" % (axes,), lambda: np.tensordot(x, s, axes))
show("tensordot 0-d, 0-d", lambda: np.tensordot(s, s))
show("bincount 0-d", lambda: np.bincount(np.array(3, dtype="int32")))
show("bincount 0-d minlength", lambda: np.bincount(np.array(3, dtype="int64"), minlength=6))
show("bincount 0-d weights", lambda: np.bincount(np.array(3, dtype="int32"), weights=np.array(2.)))
show("polyval 2-D p", lambda: np.polyval(np.array([[1., 2.]]), x))
show("polyval 0-d p", lambda: np.polyval(np.array(2.), x))
show("polyval 2-D p, other dtype", lambda: np.polyval(np.array([[1., 2.]]), x.astype("float64")))
show("polyval 1-D p", lambda: np.polyval(np.array([1., 2.]), x))
