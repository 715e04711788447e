"""mx.np.take in its default 'raise' mode checks the indices as given (before they become positions): a
fraction below 0 or past the last position is out of bound; a NaN is not (it reads the first element)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.array([10, 20, 30, 40], dtype='float32')
m = np.arange(12, dtype='float64').reshape(3, 4)
INDICES = [[0.25], [-0.75], [-1], [-4], [-5], [3.5], [3.99], [4], [float('nan')], [float('inf')], [-0.0], [-1e-3],
           [2.7], [0.5, 2.5, 3.0], [[1.9], [0.1]]]
for idx in INDICES:
    row = []
    for dt in ['float32', 'float16', 'float64', 'int32', 'int64', 'int8']:
        for arr, kw in ((a, {}), (m, {'axis': 1}), (m, {'axis': 0}), (a, {'mode': 'clip'})):
            try:
                row.append(str(np.take(arr, np.array(idx, dtype=dt), **kw).tolist()))
            except Exception as e:
                row.append(words(e)[-25:])
    print(idx, ' ; '.join(row))
