"""np.diff of a bool array fails in MXNet's kernel (no bool case) whenever the axis is longer than n, even for an empty array, and passes when n empties the axis, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for shape in [(0, 3), (3, 0), (1, 0, 2), (4,), (0,), (2, 3)]:
    for n in [0, 1, 2, 3]:
        for axis in [0, -1]:
            try:
                r = np.diff(np.zeros(shape, dtype='bool'), n=n, axis=axis)
                print(shape, n, axis, r.dtype, r.shape, r.asnumpy().tolist())
                mx.nd.waitall()
            except mx.MXNetError as e:
                print(shape, n, axis, 'MXNetError', str(e).splitlines()[-1])
