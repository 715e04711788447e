"""np.var, np.std and np.average bit for bit as MXNet 1.9.1 (sums accumulated in double, float for float16, each
step rounded to the input type); float16 sums and means accumulated in float32."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()
rs = onp.random.RandomState(1)
m = rs.uniform(-3, 3, (6, 5)).astype('float32')
for dt in ['float16', 'float32', 'float64']:
    x = np.array(m, dtype=dt)
    print(dt, repr(np.var(x, axis=1)), repr(np.std(x, axis=0, ddof=1)), repr(np.var(x, axis=(0, 1), keepdims=True)), repr(x.std()))
print(repr(np.var(np.array(m), ddof=30)), repr(np.std(np.array(m), axis=1, ddof=5)))
h = np.array(m).astype('float16')
print(repr(np.mean(h, axis=1)), repr(np.sum(h, axis=0)), repr(h.mean()), repr(np.sum(h, axis=1, dtype='float16')))
x = np.array(m)
print(repr(np.average(x, axis=1)), repr(np.average(x, axis=0, weights=np.arange(6.) + 1)), repr(np.average(x)),
      repr(np.average(x, weights=x * x)), repr(np.average(h, axis=1)))
