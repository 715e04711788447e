"""mx.np.tile with reps=None copies the array, as MXNet reads None as no repetitions; other reps as MXNet takes or refuses them."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
A = np.arange(6).reshape(2, 3)
for reps in [None, (), 2, (2,), [1, 2], (2, 1, 1), 0, (0, 2), -1, 1.5, 'a']:
    try: r = np.tile(A, reps); print(repr(reps), r.shape, r.asnumpy().ravel().tolist()[:8])
    except Exception as e: print(repr(reps), type(e).__name__, str(e)[:200])
x = np.ones((2,)); x.attach_grad()
with mx.autograd.record():
    y = np.tile(x, None)
y.backward(); print(x.grad)
