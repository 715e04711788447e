"""rint of a sparse array rounds ties toward the lower integer, as MXNet's dense and sparse kernels do (not to even)."""
import mxnet as mx, numpy as np
v = np.array([[0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 1.4, 1.6, -1.6, 0, 4.5]], dtype=np.float32)
for kind in ['default', 'csr', 'row_sparse']:
    x = mx.nd.array(v).tostype(kind)
    for fn in ['rint', 'round', 'fix']:
        print(kind, fn, getattr(mx.nd, fn)(x).asnumpy().tolist(), getattr(mx.nd.sparse, fn)(x).asnumpy().tolist())
for dt in ['float64', 'float16', 'int32']:
    x = mx.nd.array(v, dtype=dt).tostype('row_sparse')
    print(dt, mx.nd.rint(x).stype, mx.nd.rint(x).asnumpy().tolist())
x = mx.nd.array(v).tostype('csr')
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.rint(x)
y.backward()
print('grad', x.grad.stype, x.grad.asnumpy().tolist())
