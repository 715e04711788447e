"""np.linalg.pinv's checks in MXNet's order: hermitian=True first (NotImplementedError), then at least two
dimensions (MXNetError), then the dtype."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the shape of the result read back, or the exception class."""
    try:
        print(label, "->", fn().asnumpy().shape)
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


show("0-d", lambda: np.linalg.pinv(np.array(2.)))
show("1-d", lambda: np.linalg.pinv(np.ones(3)))
show("1-d int32", lambda: np.linalg.pinv(np.ones(3, dtype="int32")))
show("int32 hermitian", lambda: np.linalg.pinv(np.ones((2, 2), dtype="int32"), hermitian=True))
show("1-d hermitian", lambda: np.linalg.pinv(np.ones(3), hermitian=True))
show("int32 matrix", lambda: np.linalg.pinv(np.ones((2, 2), dtype="int32")))
show("empty", lambda: np.linalg.pinv(np.ones((0, 3))))
