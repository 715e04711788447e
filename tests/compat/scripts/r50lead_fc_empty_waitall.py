"""npx.fully_connected over empty data, its error seen by waitall: no units fail describing oneDNN's inner product (rows or none), 2-D data of no rows fails delay_alloc, other empty data computes, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for shape in [(0, 3), (0, 0), (2, 0), (0, 4, 0), (0, 4, 3), (2, 0, 3), (2, 3, 0), (0, 2, 3, 4), (0, 2, 0, 4), (3, 0, 2), (0, 3, 1, 1, 2)]:
    for flat in (True, False):
        units = 1
        for s in (shape[1:] if flat else shape[-1:]):
            units *= s
        x = np.zeros(shape); w, b = np.ones((2, units)), np.ones((2,))
        try:
            y = npx.fully_connected(x, w, b, num_hidden=2, flatten=flat)
            mx.nd.waitall()
            r = "ok"
        except mx.base.MXNetError as e:
            r = str(e).strip().splitlines()[-1][12:40]
        print(shape, flat, r)
