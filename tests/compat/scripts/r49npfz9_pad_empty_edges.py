"""np.pad in edge, maximum and minimum modes over an empty array gives zeros of the padded shape (MXNet's kernel copies no element), as MXNet does."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for dt in ['float16', 'float32', 'float64', 'int8', 'uint8', 'int32', 'int64']:
    for shape, pw in [((0,), (1, 2)), ((0,), ((1, 1), (0, 2))), ((2, 0), ((1, 1), (0, 2))), ((2, 0), ((1, 0), (0, 0)))]:
        for mode in ['edge', 'maximum', 'minimum', 'constant']:
            r = np.pad(np.zeros(shape, dtype=dt), pw, mode=mode)
            print(dt, shape, pw, mode, r.shape, r.dtype, r.asnumpy().tolist())
