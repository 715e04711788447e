"""np.var, np.std and np.average bit for bit as MXNet 1.9.1 (sums accumulated in double, float for float16, each
step rounded to the input type); float16 sums and means accumulated in float32; trace added one by one; float16
products, which MXNet has no CPU kernel for."""
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
print(repr(np.trace(x[:5, :5])), repr(np.trace(x.reshape(2, 3, 5), axis1=1, axis2=2)), repr(np.trace(x, offset=1)))
a = np.ones((2, 2), dtype='float16')
for e in ['np.dot(a, a)', 'np.matmul(a, a)', 'np.tensordot(a, a, 1)', 'np.inner(a, a)', 'np.vdot(a, a)', 'a @ a',
          'np.einsum("ij,jk", a, a)', 'np.dot(a, a.astype("float32"))']:
    try:
        r = eval(e)
        print(e, 'made', r.dtype, r.shape, end=' ')
        print(r)
    except mx.MXNetError:
        print(e, '!! MXNetError')
