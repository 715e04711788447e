"""np.reshape and np.trace with an out= of another dtype fail in the elementwise type check's words; a bool trace into a bool out fails in its kernel."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

x = np.array([[1., -2., 3.], [4., 5., -6.]])
cases = [(lambda o: np.trace(x, out=o), (), 'float64'), (lambda o: np.trace(x.astype('int32'), out=o), (), 'float32'),
         (lambda o: np.trace(x > 0, out=o), (), 'int64'), (lambda o: np.trace(x > 0, out=o), (), 'bool'),
         (lambda o: np.trace(x, out=o), (2,), 'float32'), (lambda o: np.trace(x, out=o), (), 'float32'),
         (lambda o: np.reshape(x, (3, 2), out=o), (3, 2), 'float64'), (lambda o: np.reshape(x, (3, 2), out=o), (3, 2), 'int32'),
         (lambda o: np.reshape(x > 0, -1, out=o), (6,), 'float32'), (lambda o: np.reshape(x, (3, 2), out=o), (6,), 'float32'),
         (lambda o: np.reshape(x, (3, 2), out=o), (3, 2), 'float32')]
for f, shape, dtype in cases:
    o = np.zeros(shape, dtype=dtype)
    try:
        r = f(o)
        print(r is o, o)
    except mx.MXNetError as e:
        lines = str(e).splitlines()
        print(lines[1].strip() if lines[0].startswith('Traceback') else '', '|', lines[-1])
