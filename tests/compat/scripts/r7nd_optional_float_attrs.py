# Optional float attributes (min_calib_range, max_calib_range: float or None) are read by a C++ stream: no range
# check for tiny values, correctly rounded, refused (Invalid Parameter format) only when they overflow float
import mxnet as mx
d = mx.nd.array([[0.5, -1., 2.]])
for v in [1e-40, 1e39, '1e-40', 1e-50, -1e39, 3e38, 1e-38]:
    try:
        r = mx.nd.contrib.quantize_v2(d, min_calib_range=-1.0, max_calib_range=v)
        print(v, [x.asnumpy().tobytes().hex() for x in r])
    except mx.base.MXNetError as e: print(v, 'MXNetError', 'Invalid Parameter format' in str(e))
for v in [1e-40, 1e39]:
    try: print('bn', v, mx.nd.BatchNorm(mx.nd.ones((2, 2)), mx.nd.ones(2), mx.nd.zeros(2), mx.nd.zeros(2),
                                        mx.nd.ones(2), min_calib_range=v).shape)
    except mx.base.MXNetError as e: print('bn', v, 'MXNetError', 'Invalid Parameter format' in str(e))
