"""np.linalg.eigh and eigvalsh parse UPLO before reading shapes, and cholesky refuses a non-float type before a non-square shape and returns an empty float input unchecked, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

def show(label, f):
    try:
        r = f()
        r = r if isinstance(r, tuple) else (r,)
        print(label, [(v.dtype, v.shape) for v in r])
    except mx.MXNetError as e:
        print(label, 'MXNetError', str(e).splitlines()[-1])

for name in ['eigh', 'eigvalsh']:
    for a in [np.ones((3, 4), dtype='int32'), np.ones((2,), dtype='bool'), np.eye(2)]:
        for uplo in [(2, 3), False, 'LU', 'U', 'L']:
            show(f'{name} {a.dtype}{a.shape} {uplo!r}', lambda: getattr(np.linalg, name)(a, uplo))
for dtype in ['float16', 'int8', 'int64', 'bool', 'float32', 'float64']:
    show(f'cholesky (2, 3) {dtype}', lambda: np.linalg.cholesky(np.ones((2, 3), dtype=dtype)))
    show(f'cholesky (0, 2) {dtype}', lambda: np.linalg.cholesky(np.ones((0, 2), dtype=dtype)))
for shape in [(2, 0, 3), (0, 3, 3), (3, 0), (0, 0)]:
    show(f'cholesky {shape}', lambda: np.linalg.cholesky(np.ones(shape)))
