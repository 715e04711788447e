"""np.polyval's gradient of the coefficients as MXNet's kernel: the terms pow(x, k) * dy in double, added to a sum
in the coefficients' type from the last element of x to the first."""
import mxnet as mx
import numpy as onp
from mxnet import np, npx

npx.set_np()
rs = onp.random.RandomState(5)
for dt in ['float32']:     # (float64 and float16 still differ in a last bit now and then)
    for n, m in [(4, 4), (3, 9), (6, 17)]:
        p = np.array(rs.standard_normal(n) * 1.5, dtype=dt)
        x = np.array(rs.standard_normal((m,)) * 1.2, dtype=dt)
        p.attach_grad()
        x.attach_grad()
        with mx.autograd.record():
            y = np.polyval(p, x)
            loss = (y * np.arange(m, dtype=dt)).sum()
        loss.backward()
        print(dt, n, m, p.grad.asnumpy().tobytes().hex(), x.grad.asnumpy().tobytes().hex())
