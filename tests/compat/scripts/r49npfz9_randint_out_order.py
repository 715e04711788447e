"""np.random.randint checks an out= array's shape, then its type, at the call before its kernel checks low against high, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for low, high, size, out, odt in [(2, 1, 0, (2, 3), 'int64'), (0, 5, 3, (2, 3), 'int64'), (0, 5, 3, (3,), 'int32'), (2, 1, 3, (3,), 'int32'), (2, 1, 3, (2,), 'int32'), (0, 5, (2, 3), (3,), 'float32'), (3, 3, 0, (0,), 'int64'), (2, 1, 3, (3,), 'int64')]:
    try:
        o = np.zeros(out, dtype=odt)
        r = np.random.randint(low, high, size=size, out=o)
        print(low, high, size, out, odt, r.shape, r.dtype, r is o)
    except Exception as e: print(low, high, size, out, odt, type(e).__name__, str(e).strip().splitlines()[-1][:150])
