"""np.around and ndarray.round of a bool array check an out= array's shape and type before the kernel refuses bool, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for dtype in ['bool', 'float16', 'int32']:
    x = np.ones((3, 3), dtype=dtype)
    for out in [np.zeros((3,), dtype='float16'), np.zeros((1, 3, 3), dtype='int64'), np.zeros((3, 3), dtype='float16'),
                np.zeros((3, 3), dtype='int32'), np.zeros((), dtype='float64')]:
        for label, f in [('around', lambda: np.around(x, out=out)), ('method', lambda: x.round(out=out))]:
            try:
                r = f()
                print(label, dtype, out.dtype, out.shape, r.dtype, r.asnumpy().ravel().tolist())
            except mx.MXNetError as e:
                print(label, dtype, out.dtype, out.shape, 'MXNetError', str(e).splitlines()[-1])
