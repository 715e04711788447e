"""Basic slices (x[a:b], x[i], slices of slices) and legacy reshapes share their array's failed write: the first read of either raises, once (mx.np's reshape does not)."""
import mxnet as mx
from mxnet import nd, np, npx


def short(e):
    return type(e).__name__ + ': ' + str(e).strip().split('\n')[-1][-100:]


def show(label, a):
    try:
        print(label, a.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(label, short(e))


def legacy_views(x, kind):
    return {'slice': lambda: x[1:3], 'index': lambda: x[1], 'reshape': lambda: x.reshape((2, 2)),
            'view-of-view': lambda: x[1:3][1:], 'base-first': lambda: x[1:3], 'write-view': lambda: x[1:3]}[kind]()


for kind in ['slice', 'index', 'reshape', 'view-of-view', 'base-first', 'write-view']:
    x = nd.zeros((4,))
    v = legacy_views(x, kind)
    if kind == 'write-view':
        nd.random.uniform(low=2, high=1, shape=(2,), out=v)
    else:
        nd.random.uniform(low=2, high=1, shape=(4,), out=x)
    first, second = ((x, v) if kind == 'base-first' else (v, x))
    show('nd ' + kind + ' first', first)
    show('nd ' + kind + ' second', second)
    mx.nd.waitall()

npx.set_np()
for kind in ['slice', 'index', 'reshape', 'view-of-view', 'base-first', 'write-view']:
    a = np.array([1, 2, 3, 4], dtype='int8')
    b = np.array([1, 2, 3, 4], dtype='uint8')
    x = np.zeros((4,), dtype='int32')
    v = {'slice': lambda: x[1:3], 'index': lambda: x[1], 'reshape': lambda: x.reshape((2, 2)),
         'view-of-view': lambda: x[1:3][1:], 'base-first': lambda: x[1:3], 'write-view': lambda: x[1:3]}[kind]()
    if kind == 'write-view':
        np.add(a[:2], b[:2], out=v)
    else:
        np.add(a, b, out=x)
    first, second = ((x, v) if kind == 'base-first' else (v, x))
    show('np ' + kind + ' first', first)
    show('np ' + kind + ' second', second)
    show('np ' + kind + ' again', x)
