"""np.linalg.tensorinv refuses a 0-d array and an ind below 1 (MXNetError), as MXNet checks them."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result's shape and values, or the exception class."""
    try:
        r = fn()
        print(label, "->", r.shape, r.reshape(-1).tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


show("0-d", lambda: np.linalg.tensorinv(np.array(2.)))
show("0-d ind=1", lambda: np.linalg.tensorinv(np.array(2.), ind=1))
show("ind=0", lambda: np.linalg.tensorinv(np.eye(4), ind=0))
show("ind=-1", lambda: np.linalg.tensorinv(np.eye(4), ind=-1))
show("ind=1", lambda: np.linalg.tensorinv(np.eye(2) * 2, ind=1))
show("not square", lambda: np.linalg.tensorinv(np.ones(4)))
