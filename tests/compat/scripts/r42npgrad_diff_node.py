"""np.diff as MXNet's one _npi_diff node: its backward overwrites an 'add' buffer, converts a head gradient of another dtype (adding in that dtype), is not differentiable again, and its symbol."""
import json
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
import numpy as onp
onp.random.seed(1)
def msg(e):
    return type(e).__name__ + ' ' + [l for l in str(e).split('\n') if l.strip()][-1][:160]
# add requests
for n, axis in [(1, -1), (2, 0), (0, -1), (3, -1)]:
    x = np.array([[1., 4., 2., 8.], [3., 7., 5., -1.]]); x.attach_grad(grad_req='add')
    for _ in range(2):
        with autograd.record():
            y = np.diff(x, n=n, axis=axis) * 3
        y.backward()
    print('add', n, axis, x.grad.tolist())
x = np.array([[1., 4., 2.]]); x.attach_grad(grad_req='add')
for _ in range(2):
    with autograd.record():
        y = np.diff(x) + np.sum(x)
    y.backward()
print('add shared', x.grad.tolist())
# symbol
with autograd.record():
    y = np.diff(x, n=2)
print(json.loads(autograd.get_symbol(y).tojson())['nodes'][1])
# second order
try:
    with autograd.record():
        y = np.diff(x * x)
        g = autograd.grad(y, x, create_graph=True)[0]
    g.backward()
    print('second', x.grad)
except Exception as e:
    print('second', msg(e))
# int dtypes
for dt in ['int32', 'int64', 'uint8', 'int8', 'float16']:
    v = np.array([[1, 5, 2, 200, 3]], dtype=dt)
    print(dt, np.diff(v, n=2).tolist(), np.diff(v).dtype)
# mixed head precision
xv = onp.random.randn(2, 6).astype('float16')
for hd in ['float32', 'float64']:
    for mode in ['bw', 'grad']:
        x = np.array(xv, dtype='float16'); x.attach_grad()
        with autograd.record():
            y = np.diff(x, n=3)
        h = np.array(onp.random.randn(*y.shape), dtype=hd)
        if mode == 'bw':
            y.backward(h); g = x.grad
        else:
            g = autograd.grad(y, x, head_grads=h)[0]
        print(hd, mode, g.dtype, g.asnumpy().tolist())
x = np.array([[1., 4., 2.]], dtype='float32'); x.attach_grad()
with autograd.record():
    y = np.diff(x)
h = np.array([[1e-8 + 1, 3.3]], dtype='float64')
y.backward(h); print(x.grad.tolist())
# -0 and empty
x = np.array([[1., 1., -0.0]]); x.attach_grad()
with autograd.record():
    y = np.diff(x, n=1)
y.backward(np.array([[-0.0, -0.0]]))
print(y.tolist(), x.grad.tolist(), onp.signbit(y.asnumpy()).tolist(), onp.signbit(x.grad.asnumpy()).tolist())
x = np.ones((2, 0)); x.attach_grad()
with autograd.record():
    y = np.diff(x)
y.backward(); print(y.shape, x.grad.shape)
