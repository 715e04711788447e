"""npx operators on 0-d and edge inputs under NumPy semantics: one_hot of a 0-d index is a (depth,) vector."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result's shape, dtype and values, or the exception class."""
    try:
        r = fn()
        print(label, "->", (r.shape, r.dtype, r.reshape(-1).tolist()) if isinstance(r, np.ndarray) else r)
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


show("one_hot 0-d", lambda: npx.one_hot(np.array(1), 3))
show("one_hot 0-d on/off", lambda: npx.one_hot(np.array(2), 4, on_value=5, off_value=-1, dtype="int32"))
show("one_hot 0-d depth 0", lambda: npx.one_hot(np.array(1), 0))
show("one_hot 0-d float", lambda: npx.one_hot(np.array(1.7), 3))
