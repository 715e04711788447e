"""np.random samplers refusing a non-float dtype show an empty size as None in the operator's attributes, as MXNet's front end passes it."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for fn in ['uniform', 'normal']:
    for size in [(), None, 3, (2, 3), (0,), [2]]:
        try:
            getattr(np.random, fn)(size=size, dtype='int32')
        except Exception as e:
            print(fn, size, type(e).__name__, str(e).splitlines()[-1])
for size in [(), None, (2,)]:
    try:
        np.random.gamma(1.0, 1.0, size=size, dtype='int32')
    except Exception as e:
        print('gamma', size, type(e).__name__, str(e).splitlines()[-1])
