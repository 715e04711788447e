"""mx.np indexing: a 0-d array entry is read as an integer when MXNet checks the other entries' types (float, str, numpy
float keys: its ValueError before the count of indices), for reads and writes."""
import numpy as onp
from mxnet import np, npx
npx.set_np()


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1][:200])


x = np.arange(6).reshape(2, 3)


def setk(k, v=5):
    y = x.copy()
    y[k] = v
    return y


for k in [(np.array(1), 1.0, []), (np.array([1]), 1.0, []), ([1], 1.0, []), (np.array(1), 1.0), (np.array(1), 1, 1.0),
          (onp.array(1), 1.0, []), (np.array(1, dtype='int8'), 1.0, 0), (np.array(1, dtype='int8'), 1.0), (0, np.array(1), 1.0, 0),
          (np.array(1, dtype='int32'), onp.float32(1), 0), (np.array(1), 'a', 0), (np.array(1), None, 1.0, 0), (np.array(1, dtype='int64'), 1),
          (np.array(1, dtype='int64'), slice(0, 2)), (np.array(1, dtype='int64'), [0, 2]), ([0, 1], np.array(1, dtype='int64'))]:
    t('get ' + repr(k), lambda: x[k])
    t('set ' + repr(k), lambda: setk(k))
