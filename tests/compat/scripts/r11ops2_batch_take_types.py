"""batch_take takes every non-bool type (a bool take fails when read) and clips its indices to the row."""
import mxnet as mx
nd = mx.nd

idx = nd.array([0, 5, -1], dtype='int32')
for dt in ['float32', 'float64', 'float16', 'int32', 'int64', 'int8', 'uint8']:
    r = nd.batch_take(nd.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=dt), idx)
    print(dt, r.dtype, r.asnumpy().tolist())
r = nd.batch_take(nd.array([[1, 0], [0, 1]], dtype='bool'), nd.array([0, 1], dtype='int32'))
print(r.shape, r.dtype)
try:
    r.asnumpy()
except mx.base.MXNetError as e:
    print('read refused:', 'Unknown type enum 7' in str(e))
