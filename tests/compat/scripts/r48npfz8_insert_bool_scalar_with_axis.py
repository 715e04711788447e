"""np.insert into a 0-d bool array along an axis returns a copy of it (no kernel runs to refuse bool), after refusing non-number values, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for obj in [0, slice(0, 1), [0, 1]]:
    for values in [5, 2.5, [1, 2], (1,)]:
        for axis in [0, -1]:
            try:
                r = np.insert(np.ones((), dtype='bool'), obj, values, axis=axis)
                print(obj, values, axis, r.shape, r.dtype, r.tolist())
            except (TypeError, mx.base.MXNetError) as e:
                print(obj, values, axis, type(e).__name__, str(e).strip().splitlines()[-1])
