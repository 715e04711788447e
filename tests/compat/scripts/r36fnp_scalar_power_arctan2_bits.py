"""np.power, np.arctan2 on plain numbers and np.float_power on arrays give NumPy 1.23's bits (the C library's pow and atan2, also on CPUs with AVX-512)."""
import numpy as onp
import mxnet as mx

np = mx.np
rs = onp.random.RandomState(3)
xs = [float(v) for v in rs.uniform(0.1, 9, 12)]
ys = [float(v) for v in rs.uniform(-4, 4, 12)]
for x, y in zip(xs, ys):
    print(repr(np.power(x, y)), repr(np.arctan2(x, y)), repr(np.arctan2(y, x)),
          repr(np.power(onp.float32(x), onp.float32(y))), repr(np.arctan2(onp.float32(y), onp.float32(x))))
print(repr(np.power(2, 0.37)), repr(np.arctan2(2, 3)), repr(np.power(3, 4)), repr(np.power(-8.0, 1 / 3)))
a = np.array(xs, dtype='float64')
for dt in ('float64', 'float32', 'int32'):
    b = a.astype(dt)
    print(dt, np.float_power(b, 0.37).tolist())
    print(dt, onp.float_power(b, np.array(ys[0], dtype=dt)).tolist())
