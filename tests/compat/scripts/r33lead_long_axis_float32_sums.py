"""float32 sums and means over an axis longer than 8,192 terms follow MXNet's Kahan steps up to 2^20 elements."""
# recorded on AVX2
import mxnet as mx

mx.random.seed(0)
for shape, axis in (((20000, 20), 0), ((10000, 50), 0), ((50, 10000), 1), ((9000, 16), 0), ((3, 40000, 4), 1),
                    ((2, 30000, 17), (0, 1))):
    x = mx.nd.random.normal(shape=shape)
    print(shape, axis, x.sum(axis=axis).asnumpy().ravel()[:6].tolist(), x.mean(axis=axis).asnumpy().ravel()[:3].tolist())
    print("  np", x.as_np_ndarray().sum(axis=axis).asnumpy().ravel()[:3].tolist())
