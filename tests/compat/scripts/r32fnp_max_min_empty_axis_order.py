"""np.max/np.min first refuse an empty axis named from the front (in order), before their checks of duplicate or out-of-range axes."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for f in (np.max, np.min, np.amax, np.amin):
    for shape in [(0,), (0, 3), (2, 0), (3,)]:
        for axis in [(0, 1), (1, 0), (0, 0), (-1, 0), 5, (1,), None, 0]:
            try:
                r = f(np.zeros(shape), axis=axis)
                print(f.__name__, shape, axis, r.shape)
            except mx.MXNetError as e:
                lines = str(e).splitlines()
                print(f.__name__, shape, axis, lines[1].strip() if lines[0].startswith('Traceback') else '', '|', lines[-1])
