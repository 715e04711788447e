"""moments reduces an empty axis to NaN (refused when the output keeps it); khatri_rao refuses a second input type."""
import numpy as np
import mxnet as mx
nd = mx.nd

x = nd.array(np.zeros((0, 3), np.float32))
for axes in [0, (0,), (0, 1), (1, 0), 1, -1]:
    for keepdims in [False, True]:
        try:
            m, v = nd.moments(x, axes=axes, keepdims=keepdims)
            print(axes, keepdims, m.shape, m.asnumpy().tolist(), v.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(axes, keepdims, 'refused:', type(e).__name__)
a = nd.array([[1., 2., 3.], [4., 5., 6.]])
for dt in ['float64', 'float16', 'int32']:
    try:
        nd.khatri_rao(a, a.astype(dt))
    except mx.base.MXNetError as e:
        print(dt, 'refused:', 'Incompatible attr in node  at 1-th input: expected float32, got' in str(e))
print(nd.khatri_rao(a.astype('float64'), a.astype('float64')).dtype)
r = nd.khatri_rao(a.astype('int32'), a.astype('int32'))
print(r.shape)
try:
    r.asnumpy()
except mx.base.MXNetError as e:
    print('read refused:', type(e).__name__)
with mx.util.np_shape(True):
    m, v = nd.moments(x, axes=1)
    print(m.shape, v.shape)
