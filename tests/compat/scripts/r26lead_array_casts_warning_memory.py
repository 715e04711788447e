"""nd.array / np.array casts keep Python's memory of warnings already shown: a warning raised at one place is
shown once however many arrays are made between (values cast as MXNet's NumPy 1.23 casts them)."""
import io
import contextlib
import warnings
import mxnet as mx
from mxnet import nd


def warn_here():
    warnings.warn("shown once")


err = io.StringIO()
with contextlib.redirect_stderr(err):
    for i in range(3):
        nd.array([[1.0]])
        nd.array([1, 2], dtype='int32')
        mx.np.array([1, 2], dtype='uint8')
        warn_here()
print('warnings shown:', err.getvalue().count('shown once'))
for src, dtype in [([300, -1, 2], 'uint8'), ([2 ** 31 + 5], 'int32'), ([True, 2, 0], 'bool'), ([1e40, -1e40], 'float32'),
                   ([1.7, -1.7], 'int32'), ([[1, 2], [3, 4]], 'int64'), ([300, 1.5], 'int8')]:
    print(src, dtype, nd.array(src, dtype=dtype).asnumpy().tolist())
for src, dtype in [(float('nan'), 'int32'), ('a', 'bool'), ([2 ** 70], 'uint8'), ([1e40], 'int8')]:
    try:
        print(src, dtype, mx.np.array(src, dtype=dtype).tolist())
    except Exception as e:
        print(src, dtype, type(e).__name__)
    try:
        print(src, dtype, nd.array(src, dtype=dtype).asnumpy().tolist())
    except Exception as e:
        print(src, dtype, type(e).__name__)
