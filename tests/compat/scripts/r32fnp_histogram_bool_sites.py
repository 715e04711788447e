"""np.histogram of a bool array fails when read, at the line of the histogram kernel its bins select (edges array or count over a range)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

x = np.array([[True, False, True, False], [False, True, True, True]], dtype='bool')
for bins, kw in [(3, {'range': (-2, 2)}), (np.array([-2., 0., 2.]), {}), (2, {'range': (0, 1)})]:
    for part in (1, 0):     # (one output read per call: once one fails, the other holds no values)
        try:
            print(np.histogram(x, bins=bins, **kw)[part])
        except mx.MXNetError as e:
            print('\n'.join(str(e).splitlines()[:3]))
print(np.histogram(x.astype('float32'), bins=3, range=(-2, 2)))
