"""mx.np.atleast_1d/2d/3d refuse a non-array positional before an unknown keyword, which their operator refuses, as MXNet 1.9.1 does."""
import mxnet as mx
np = mx.np


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).replace('\n', '|'))


x = np.array([[3., 1., 2.], [0., 5., 4.]])
y = np.array([1., 2.])
show('1d ints', lambda: np.atleast_1d(1, 2, bad=3))
show('2d mixed', lambda: np.atleast_2d(1, 2.0, bad=3))
show('3d list', lambda: np.atleast_3d([1], x, bad=3))
show('1d second', lambda: np.atleast_1d(x, 2, foo=3))
show('3d None', lambda: np.atleast_3d(None, indexing='ij'))
show('1d text', lambda: np.atleast_1d('bool', q=50, return_inverse=True))
show('1d arrays bad', lambda: np.atleast_1d(x, bad=3))
show('2d arrays bad', lambda: np.atleast_2d(x, y, bad=3))
show('3d dtype', lambda: np.atleast_3d(x, dtype='int32'))
show('1d ctx', lambda: np.atleast_1d(x, ctx=mx.cpu()))
show('1d name', lambda: np.atleast_1d(x, name='a'))
show('2d fine', lambda: np.atleast_2d(x, y))
