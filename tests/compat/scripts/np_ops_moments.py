"""np.var and np.std bit for bit as MXNet 1.9.1: sums accumulated in double (float for float16), each step
rounded to the input type."""
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
