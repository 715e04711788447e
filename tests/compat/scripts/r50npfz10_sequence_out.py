"""An mx.np function given out= as a list or tuple of arrays writes its one output into the one array and returns the sequence (dot, matmul, concatenate, stack, take, argmax, all, einsum too); another count of arrays fails the C API's count of outputs, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
a = np.array([[1., 2, 3], [4, 5, 6]])
cases = [('sum', lambda o: np.sum(a, axis=0, out=o), (3,), 'float32'), ('dot', lambda o: np.dot(a, a.T, out=o), (2, 2), 'float32'),
         ('concat', lambda o: np.concatenate([a, a], out=o), (4, 3), 'float32'), ('argmax', lambda o: np.argmax(a, axis=1, out=o), (2,), 'int64'),
         ('all', lambda o: np.all(a, axis=0, out=o), (3,), 'bool'), ('take', lambda o: np.take(a, np.array([0, 1]), axis=1, out=o), (2, 2), 'float32'),
         ('einsum', lambda o: np.einsum('ij->j', a, out=o), (3,), 'float32'), ('matmul', lambda o: np.matmul(a, a.T, out=o), (2, 2), 'float32'),
         ('stack', lambda o: np.stack([a, a], out=o), (2, 2, 3), 'float32')]
for name, f, shp, dt in cases:
    for wrap in (list, tuple):
        o = wrap([np.zeros(shp, dtype=dt)])
        try:
            r = f(o)
            print(name, wrap.__name__, type(r).__name__, len(r) if isinstance(r, (list, tuple)) else '', r[0] is o[0] if isinstance(r, (list, tuple)) else r is o[0], o[0].tolist())
        except Exception as e:
            print(name, wrap.__name__, type(e).__name__, str(e).strip().splitlines()[-1][:160])
        o = wrap([np.zeros(shp, dtype=dt), np.zeros(shp, dtype=dt)])
        try:
            r = f(o)
            print(name, wrap.__name__, '2', type(r).__name__)
        except Exception as e:
            print(name, wrap.__name__, '2', type(e).__name__, str(e).strip().splitlines()[-1][:160])
a = np.ones((2, 3))
a = np.ones((2, 3))
fs = [('sum', lambda o: np.sum(a, axis=0, out=o), 3), ('exp', lambda o: np.exp(a, out=o), (2, 3)), ('add', lambda o: np.add(a, a, out=o), (2, 3)),
      ('greater', lambda o: np.greater(a, a, out=o), (2, 3)), ('unique', lambda o: np.unique(a, out=o) if False else 'n/a', 1),
      ('split?', lambda o: npx.topk(a, k=1, ret_typ='both', out=o), (2, 1)), ('negative', lambda o: np.negative(a, out=o), (2, 3)),
      ('add scalar', lambda o: np.add(a, 1, out=o), (2, 3)), ('relu', lambda o: npx.relu(a, out=o), (2, 3))]
for name, f, shp in fs:
    for o in [[np.zeros(shp), np.zeros(shp)], [], (), [np.zeros(shp)] * 3]:
        try:
            r = f(o)
            print(name, len(o), type(r).__name__)
        except Exception as e:
            print(name, len(o), type(e).__name__, str(e).strip().splitlines()[-1][:200])
