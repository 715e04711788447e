"""np.average of a bool array refuses an out= of another type by checking the input against out='s type, as MXNet's type inference does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for dtype in ['bool', 'int32', 'float16']:
    x = np.ones((2, 3), dtype=dtype)
    for out in [np.zeros((3,), dtype='uint8'), np.zeros((3,), dtype='float32'), np.zeros((3,), dtype=dtype),
                np.zeros((2,), dtype='float32')]:
        for weighted in [False, True]:
            w = np.ones(2, dtype=dtype) if weighted else None
            try:
                r = np.average(x, axis=0, weights=w, out=out)
                print(dtype, out.dtype, out.shape, weighted, r.dtype, r.asnumpy().tolist())
                mx.nd.waitall()
            except mx.MXNetError as e:
                print(dtype, out.dtype, out.shape, weighted, 'MXNetError', str(e).splitlines()[-1])
