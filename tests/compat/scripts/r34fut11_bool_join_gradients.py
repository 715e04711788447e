"""Bool arrays through np.concatenate/np.stack get gradients, unless one array enters twice (ElementwiseSum lacks bool)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def run(name, fn):
    xs = [np.array([[True, False, True]], dtype='bool'), np.array([[False, False, True]], dtype='bool')]
    for x in xs:
        x.attach_grad()
    try:
        with mx.autograd.record():
            y = fn(*xs)
        y.backward()
        print(name, y.dtype, y.shape, [x.grad.asnumpy().tolist() for x in xs])
    except Exception as e:
        print(name, 'ERR', type(e).__name__, str(e).strip().split('\n')[-1])


run('concatenate a b', lambda a, b: np.concatenate([a, b]))
run('concatenate a b axis 1', lambda a, b: np.concatenate([a, b], axis=1))
run('concatenate a b flat', lambda a, b: np.concatenate([a, b], axis=None))
run('concatenate a a', lambda a, b: np.concatenate([a, a]))
run('concatenate a b a', lambda a, b: np.concatenate([a, b, a], axis=1))
run('stack a b', lambda a, b: np.stack([a, b]))
run('stack a b axis 2', lambda a, b: np.stack([a, b], axis=2))
run('stack a a', lambda a, b: np.stack([a, a]))
run('nd stack a b', lambda a, b: mx.nd.stack(a.as_nd_ndarray(), b.as_nd_ndarray()))
run('nd concat a b', lambda a, b: mx.nd.concat(a.as_nd_ndarray(), b.as_nd_ndarray(), dim=0))
