"""mx.np reads whose first array-like index entry is (): MXNet's empty result (ints and slices give no axis, full slices keep theirs, None adds 1)."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.arange(24).reshape(2, 3, 4)
keys = [(0, 0, ()), (0, ()), ((),), (0, (), 1), ((), 0), (0, 0, 0, ()), (0, 0, 0, 0, 0, 0, ()), ((), 0, 0, 0),
        (0, (), 0, 0), ((), (), (), ()), (0, 0, 0, (), ()), (slice(None), 0, 0, ()), (slice(1, 2), (), slice(None)),
        (0, 0, 0, slice(None), ()), (0, 0, 0, None, ()), (None, (), None), (0, 0, 0, Ellipsis, ()), (Ellipsis, ()),
        ((), Ellipsis), (1, 2, 3, ()), (5, 0, 0, ()), (0, 0, 9, ()), (0, 0, 0, []), ([], 0)]
for key in keys:
    try:
        r = a[key]
        print(key, r.shape, r.dtype, r.ctx, r.tolist())
    except Exception as e:
        print(key, type(e).__name__, str(e)[:200])
b = np.ones((2, 3), dtype='int32', ctx=mx.cpu(1))
for key in [(0, ()), (slice(None), ())]:
    r = b[key]
    print(key, r.shape, r.dtype, r.ctx, r.tolist())
