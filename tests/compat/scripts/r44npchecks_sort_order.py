"""mx.np.sort and argsort (functions and methods) refuse an order before reading the axis or the array, as MXNet 1.9.1 does."""
import mxnet as mx
np = mx.np


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[-1] if str(e) else '')


x = np.array([[3., 1., 2.], [0., 5., 4.]])
show('sort bad axis text', lambda: np.sort(x, 'a', order='a'))
show('sort tuple axis', lambda: np.sort(x, (0, 1), order='a'))
show('sort out of range', lambda: np.sort(x, 5, order='a'))
show('sort list', lambda: np.sort([1, 2], 'a', order='a'))
show('sort None', lambda: np.sort(None, 'a', order='a'))
show('sort legacy', lambda: np.sort(mx.nd.array([1, 2]), 'a', order='a'))
show('sort out kw', lambda: np.sort(x, 'a', order='a', out=x))
show('sort no order', lambda: np.sort(x, 'a'))
show('argsort bad axis', lambda: np.argsort(x, 'a', order='a'))
show('argsort bad kind', lambda: np.argsort(x, 'a', kind='bad', order='a'))
show('method sort', lambda: x.sort('a', order='a'))
show('method sort tuple', lambda: x.sort((0, 1), order='F'))
show('method argsort', lambda: x.argsort('a', order='F'))
show('sort fine', lambda: np.sort(x, 1))
