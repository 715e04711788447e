"""Creation functions read shapes and ranges from text where MXNet's operators do (zeros, ones, arange), not full."""
import mxnet as mx
cases = [("zeros", lambda: mx.nd.zeros('(2,3)')), ("ones", lambda: mx.nd.ones(shape='[2, 1]')), ("full", lambda: mx.nd.full('(2,)', 3)),
         ("zeros bad", lambda: mx.nd.zeros('(2.0,3)')), ("arange", lambda: mx.nd.arange('1', '5')), ("arange step", lambda: mx.nd.arange(0, 2, '0.5')),
         ("arange bad", lambda: mx.nd.arange('a')), ("random shape", lambda: (mx.random.seed(3), mx.nd.random.uniform(0, 1, shape='(2,)'))[1]),
         ("np zeros", lambda: mx.np.zeros('(2,)'))]
for name, f in cases:
    try:
        r = f(); print(name, r.shape, r.dtype, r.asnumpy().tolist())
    except Exception as e:
        print(name, "error", type(e).__name__)
