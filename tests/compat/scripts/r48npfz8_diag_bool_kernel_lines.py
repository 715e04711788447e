"""np.diag of a bool array fails when read naming the kernel that refuses it: that building a matrix from a vector, or that taking a diagonal of a matrix, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for shape in [(3, 0), (0,), (0, 0), (2,), (2, 2)]:
    for k in [0, 1, -1]:
        try:
            r = np.diag(np.ones(shape, dtype='bool'), k)
            print(shape, k, r.shape, r.dtype, r.tolist())
        except mx.base.MXNetError as e:
            print(shape, k, ' | '.join(str(e).strip().splitlines()))
