"""mx.np var/std/average/mean of int8/uint8 arrays divide in the integer type by the element count cast to it (wrapped round past 127 or 255), as MXNet's kernels do."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
import numpy as onp
for n in [100, 130, 200, 257, 300, 520]:
    if n == 257: continue
    rs = onp.random.RandomState(n)
    for dt in ['int8', 'uint8']:
        v = onp.asarray(rs.randn(n) * 3).astype(dt)
        x = np.array(v, dtype=dt)
        print(n, dt, 'sum', repr(np.sum(x)), 'var', repr(np.var(x)), 'var1', repr(np.var(x, ddof=1)), 'std', repr(np.std(x)), 'avg', repr(np.average(x)),
              'mean_dt', repr(np.mean(x, dtype='int8')), 'mean_i32', repr(np.mean(x, dtype='int32')), 'var_f', repr(np.var(x, dtype='float32')))
        x2 = np.array(v.reshape(1, n), dtype=dt)
        print(n, dt, 'ax', repr(np.var(x2, axis=1)), repr(np.average(x2, axis=1)), repr(np.mean(x2, axis=1, dtype='int8')))
