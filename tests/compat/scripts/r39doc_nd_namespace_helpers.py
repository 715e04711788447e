"""mx.nd has no cpu/gpu/Context of its own; get_indexing_dispatch_code takes ranges as advanced keys and asserts a tuple key bare; range keys index and assign."""
import mxnet as mx
import numpy as np

print([hasattr(mx.nd, n) for n in ('cpu', 'gpu', 'Context', 'CachedOp', 'NDArray', 'waitall')])
f = mx.nd.get_indexing_dispatch_code
for k in [(1,), (slice(1),), (None,), (mx.nd.ones(2),), ([1],), ((1, 2),), (np.int64(1),), (1.5,), ('a',),
          (Ellipsis,), 1, [1], (), (range(2),), (np.ones(2),)]:
    try:
        print(repr(k)[:30], f(k))
    except Exception as e:
        print(repr(k)[:30], type(e).__name__, repr(str(e)))
x = mx.nd.array(np.arange(12).reshape(3, 4))
for k in (range(2), (range(2), 0), (0, range(1, 3)), (slice(None), range(3))):
    print(x[k])
    y = x.copy()
    y[k] = 7
    print(y)
