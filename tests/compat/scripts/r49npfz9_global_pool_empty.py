"""npx.pooling with global_pool over empty spatial axes (MXNet's own kernels: float16, and lp or sum pooling) gives each window's fill (the lowest value for max, 0 otherwise) and zero gradients, as MXNet does."""
import mxnet as mx
from mxnet import np, npx, autograd

npx.set_np()
for dt, types in [('float16', ['lp', 'max', 'avg', 'sum']), ('float32', ['lp', 'sum'])]:
    for shape in [(3, 1, 0, 2), (2, 1, 0), (1, 2, 0, 0)]:
        for pt in types:
            x = np.zeros(shape, dtype=dt)
            x.attach_grad()
            try:
                with autograd.record():
                    y = npx.pooling(x, kernel=(2,) * (len(shape) - 2), pool_type=pt, global_pool=True, p_value=2)
                print(dt, shape, pt, y.shape, y.asnumpy().ravel().tolist()[:3])
                y.backward()
                print('  grad', x.grad.shape, x.grad.dtype)
            except mx.base.MXNetError as e:
                print(dt, shape, pt, type(e).__name__, str(e).strip().splitlines()[-1][:150])
