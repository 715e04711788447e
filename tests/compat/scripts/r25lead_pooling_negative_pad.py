# Pooling with a negative pad: oneDNN cannot make the primitive; the error is read with the result.
# recorded on AVX2
import mxnet as mx

for pad in [(-1, -1), (-1, 0)]:
    for pool_type in ('max', 'avg', 'sum'):
        r = mx.nd.Pooling(mx.nd.ones((1, 1, 4, 4)), kernel=(2, 2), pad=pad, pool_type=pool_type)
        try:
            print(pad, pool_type, r.shape, r.asnumpy().sum())
        except mx.base.MXNetError as e:
            print(pad, pool_type, r.shape, repr(str(e)))
