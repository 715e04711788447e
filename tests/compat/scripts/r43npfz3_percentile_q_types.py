"""mx.np percentile/quantile place each q in its own dtype (float32 and float16 q arrays round the position as MXNet's kernel does)."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()

rs = onp.random.RandomState(0)
for n in [4, 7, 100]:
    d = np.array(rs.randn(2, n), dtype='float64')
    for qdt in ['float16', 'float32', 'float64', 'int32', 'uint8']:
        qs = np.array([1, 3, 7, 11, 30, 33, 57, 71, 99], dtype=qdt)
        print(n, qdt, repr(np.percentile(d, qs, axis=-1).asnumpy().tolist()))
        if 'float' in qdt:
            qs = np.array([0.01, 0.3, 0.33, 0.57, 0.71, 0.77, 0.99], dtype=qdt)
            for how in ['linear', 'midpoint', 'nearest']:
                print(n, qdt, how, repr(np.quantile(d, qs, axis=-1, interpolation=how).asnumpy().tolist()))
    print(n, 'float32 data', repr(np.quantile(d.astype('float32'), np.array([0.3, 0.71]), axis=-1).asnumpy().tolist()))
    print(n, 'scalar', repr(np.quantile(d, 0.33, axis=-1).asnumpy().tolist()))
