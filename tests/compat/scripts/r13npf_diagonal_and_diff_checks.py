"""np.trace, np.diagonal and np.diff check their arrays and axes in MXNet's words and order."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

M = np.arange(6.).reshape(2, 3)


def message(e):
    """The check's line of an MXNetError (MXNet's text also holds a trace and the operator's attributes)."""
    lines = str(e).strip().splitlines()
    return next((line[len('MXNetError: '):] for line in lines if line.startswith('MXNetError: ')), lines[0])


A = np.arange(24.).reshape(2, 3, 4)
for x, name in ((np.array(2.5), 'S'), (np.arange(3.), 'V'), (M, 'M'), (A, 'A')):
    for axes in ((0, 1), (1, 0), (0, 0), (1, -2), (-1, 2), (0, 2), (2, 0), (0, 3), (-3, 0), (0, -4)):
        for fn in (np.trace, np.diagonal):
            try:
                r = fn(x, 0, *axes)
                shown = (r.shape, r.asnumpy().ravel().tolist())
            except mx.base.MXNetError as e:
                shown = message(e)
            print(name, fn.__name__, axes, shown)
    for n, axis in ((1, -1), (1, 0), (1, 1), (2, 3), (-1, 0), (-1, 5), (0, -1), (3, 0), (1, -3)):
        try:
            r = np.diff(x, n, axis)
            shown = (r.shape, r.asnumpy().ravel().tolist())
        except mx.base.MXNetError as e:
            shown = message(e)
        print(name, 'diff', n, axis, shown)
