"""np.linalg.norm checks its axes in MXNet's words: a wrapping single axis, pair indexes, orders per axis count."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

B = np.arange(6.).reshape(2, 3) - 2
V = np.arange(3.)
S = np.array(2.5)
A = np.arange(24.).reshape(2, 3, 4)
Z = np.zeros((0, 3))
for x, name in ((B, 'B'), (V, 'V'), (S, 'S'), (A, 'A')):
    for ord in (None, 'fro', 'nuc', 2, -2, 0.5, 3):
        for axis in (None, 0, -1, 1, -3, 5, (1,), (0, 1), (1, 0), (0, 5), (5, 0), (-3, 0), (0, -3), (1, 1), (0, 1, 2), ()):
            try:
                r = np.linalg.norm(x, ord, axis)
                shown = (r.shape, [round(float(v), 4) for v in r.asnumpy().ravel()])
            except mx.base.MXNetError as e:
                shown = str(e).strip().splitlines()[-1].replace('MXNetError: ', '')
            print(name, ord, axis, shown)
for ord in (2, -2, 'nuc', 'fro'):
    print('Z', ord, np.linalg.norm(Z, ord, (1, 0)).asnumpy().tolist())
