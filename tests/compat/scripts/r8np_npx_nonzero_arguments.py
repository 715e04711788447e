"""npx.nonzero ignores other keywords (as MXNet's operator) and writes into an int64 out (given by position or
keyword); an out of another dtype is refused with MXNetError."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.array([[1.5, 0, 0.5], [0, -0.25, 2.0]])


def show(name, call):
    """The result's dtype, shape and values, or the exception class."""
    try:
        r = call()
        print(name, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)


show('plain', lambda: npx.nonzero(a))
show('axis keyword', lambda: npx.nonzero(a, axis=1))
show('dtype keyword', lambda: npx.nonzero(a, dtype='int32'))
show('float32 out', lambda: npx.nonzero(a, np.zeros((4, 2))))
o = np.zeros((4, 2), dtype='int64')
show('int64 out by position', lambda: (npx.nonzero(a, o), o)[1])
p = np.zeros((4, 2), dtype='int64')
show('int64 out keyword', lambda: (npx.nonzero(a, out=p), p)[1])
show('name', lambda: npx.nonzero(a, name='x'))
show('legacy nd', lambda: mx.npx.nonzero(mx.nd.array([1, 0])))
