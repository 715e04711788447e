"""npx.reshape given None for its array refuses a missing newshape first, then finds its input missing (_npx_reshape expects 1 input), as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for f in [lambda: npx.reshape(None, (-1,)), lambda: npx.reshape(None, (-1,), reverse=True), lambda: npx.reshape(None), lambda: npx.reshape('x', (2,)), lambda: npx.reshape(np.ones(4), (2, -1)).shape, lambda: npx.reshape(np.ones(4))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).strip().splitlines()[-1][:200])
