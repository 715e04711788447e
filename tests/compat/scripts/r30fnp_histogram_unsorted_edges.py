"""mx.np.histogram with an array of edges that do not increase counts as MXNet's kernel does (scanning the edges
from the first; elements outside the first and last edges uncounted) instead of refusing them."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
x = np.array([0., 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
for bins in [[3., 1], [0., 5, 3, 11], [0., 8, 4, 11], [2., 2, 6], [0., 11], [5., 0, 11], [0., 3, 3, 11],
             [1., 20, 4, 11], [0., 4, 8, 11]]:
    counts, edges = np.histogram(x, bins=np.array(bins))
    print(bins, counts.dtype, counts.tolist(), edges.tolist())
