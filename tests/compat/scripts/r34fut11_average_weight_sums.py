"""np.average(..., returned=True): the sum of float weights comes out as MXNet's wide-accumulating reducer gives it."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for seed in range(6):
    for dtype in ['float16', 'float32', 'float64']:
        for sa, sw, axis in [((4, 5, 6), (4, 5, 6), (0, 2)), ((2, 3, 4, 5), (5,), 3), ((3, 5), (3, 5), None),
                             ((2, 3, 4), (2,), 0)]:
            rs = onp.random.RandomState(seed)
            a = np.array(rs.uniform(-1, 1, sa), dtype=dtype)
            w = np.array(rs.uniform(-1, 1, sw), dtype=dtype)
            plain = np.average(a, weights=w, axis=axis, returned=True)
            a.attach_grad()
            w.attach_grad()
            with mx.autograd.record():
                recorded = np.average(a, weights=w, axis=axis, returned=True)
            for avg, total in (plain, recorded):
                print(seed, dtype, sa, sw, axis, avg.dtype, total.dtype, total.shape, total.asnumpy().ravel().tolist())
