"""mx.np.percentile past its kernel's rank limits: reduced axes already last in order need no transpose (the
kernel then folds them into one and switches over the rest: at most 5), others a transpose (at most 6)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np

# percentile: reduced axes already last in order need no transpose (its kernel then folds them into one);
# successes first, one failure last (MXNet's later kernels sharing its workspace would see that failure)
for shape, axis in [((1, 1, 1, 1, 2, 2), (4, 5)), ((1, 1, 1, 1, 1, 2, 2), (4, 5, 6)), ((1, 1, 1, 1, 2, 2), (0, 5)),
                    ((1, 1, 1, 1, 1, 2, 2), None), ((1, 1, 1, 1, 1, 2, 2), -1)]:
    try:
        r = np.percentile(np.ones(shape), 50, axis=axis)
        print("percentile", shape, axis, r.shape, r.asnumpy().ravel().tolist())
    except mx.MXNetError as e:
        print("percentile", shape, axis, repr(str(e)))
