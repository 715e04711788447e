"""Integer power as MXNet computes it: powf in float32, then the C cast back to the integer type (legacy nd,
scalar and mx.np forms; int8/uint8 wrap, int32 overflow is INT_MIN)."""
import mxnet as mx
from mxnet import nd
for dt in ['int32', 'int64', 'int8', 'uint8']:
    a = nd.array([9, 3, 7, 2, 5], dtype=dt); b = nd.array([9, 19, 11, 31, 13], dtype=dt)
    print(dt, 'arr', (a ** b).asnumpy().tolist(), nd.broadcast_power(a, b).asnumpy().tolist())
    print(dt, 'scalar', (a ** 9).asnumpy().tolist(), (9 ** a).asnumpy().tolist(), (a ** 2.5).asnumpy().tolist())
    mx.npx.set_np()
    x = mx.np.array([9, 3, 7, 2, 5], dtype=dt); y = mx.np.array([9, 19, 11, 31, 13], dtype=dt)
    print(dt, 'np', (x ** y).tolist(), (x ** 9).tolist(), (x ** 2.5).tolist())
    mx.npx.reset_np()
