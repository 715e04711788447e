"""np.ediff1d as MXNet's one _npi_ediff1d node: its symbol, its backward typed by the head gradient (float only), bounds' gradients copied over 'add' buffers, flat head reads, scalar bounds through a double."""
import json
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
import numpy as onp
def msg(e):
    return type(e).__name__ + ' ' + [l for l in str(e).split('\n') if l.strip()][-1][:170]
def nodes(y):
    return [(n['op'], n['name'], n.get('attrs'), n['inputs']) for n in json.loads(autograd.get_symbol(y).tojson())['nodes']]
# symbols
for kw in [{}, {'to_begin': 3}, {'to_end': 5.5}, {'to_begin': np.array([1., 2.])}, {'to_end': np.array([7.]), 'to_begin': -1}]:
    x = np.array([[1., 4.], [2., 8.]]); x.attach_grad()
    with autograd.record():
        y = np.ediff1d(x, **kw) * 2
    print(sorted(kw), nodes(y)[:-1])
# head gradients of other dtypes (backward and grad)
for xd in ['float16', 'float32', 'float64', 'int32', 'uint8']:
    row = []
    for hd in ['float16', 'float32', 'float64', 'int32', 'int8', 'bool']:
        for mode in ['bw', 'grad']:
            x = np.array([1, 4, 2, 8], dtype=xd); x.attach_grad()
            try:
                with autograd.record():
                    y = np.ediff1d(x, to_begin=2)
                h = np.array([1.5, 2.25, -3., 0.1], dtype=hd)
                if mode == 'bw':
                    y.backward(h); g = x.grad
                else:
                    g = autograd.grad(y, x, head_grads=h)[0]
                row.append(str(g.asnumpy().tolist()))
            except Exception as e:
                row.append(msg(e))
    print(xd, row)
x = np.array([1, 4, 2], dtype='int32'); x.attach_grad()
with autograd.record():
    y = np.ediff1d(x) * 2
y.backward()
try:
    print(x.grad)
except Exception as e:
    print('int through', msg(e))
# bounds' gradients, 'add' requests
x = np.array([[1., 4.], [2., 8.]]); x.attach_grad()
b = np.array([5., 6.]); b.attach_grad(); e = np.array([[7.]]); e.attach_grad()
with autograd.record():
    y = np.ediff1d(x, to_begin=b, to_end=e)
y.backward(np.arange(6.))
print(y, x.grad, b.grad, e.grad)
for v in [[1., 4., 2.], [3.], []]:
    x = np.array(v); x.attach_grad(grad_req='add'); x.grad[:] = 5
    b = np.array([5., 6.]); b.attach_grad(grad_req='add'); e = np.array([[7.]]); e.attach_grad(grad_req='add')
    for _ in range(2):
        with autograd.record():
            y = np.ediff1d(x, to_begin=b, to_end=e)
        y.backward(np.arange(1., y.size + 1))
    print('add', v, x.grad, b.grad, e.grad)
for kw in [{}, {'to_begin': 1.}]:
    x = np.array([1., 4., 2.]); x.attach_grad(grad_req='add')
    for _ in range(2):
        with autograd.record():
            y = np.ediff1d(x, **kw) * 3 + np.sum(x)
        y.backward()
    print('add shared', x.grad)
# flat head reads, empty, -0, second order
x = np.array([1., 4., 2.]); x.attach_grad()
with autograd.record():
    y = np.ediff1d(x)
y.backward(np.array([[1., 2.], [3., 4.]]))
print('larger head', x.grad)
for v in [[1., 1., -0.0], [], [5.]]:
    x = np.array(v); x.attach_grad()
    with autograd.record():
        y = np.ediff1d(x)
    y.backward()
    print(y, x.grad, onp.signbit(y.asnumpy()).tolist(), onp.signbit(x.grad.asnumpy()).tolist())
for hd in ['float64', 'int32']:
    x = np.array([]); x.attach_grad()
    with autograd.record():
        y = np.ediff1d(x, to_begin=np.array([1.]))
    y.backward(np.ones(y.shape, dtype=hd))
    print('empty', hd, x.grad, y)
x = np.array([1., 4., 2.]); x.attach_grad()
try:
    with autograd.record():
        y = np.ediff1d(x) * np.ediff1d(x)
        g = autograd.grad(y, x, create_graph=True)[0]
    g.backward()
    print('second', x.grad)
except Exception as e:
    print('second', msg(e))
# scalar bounds
for dt, b, e in [('int64', 2**60 + 1, 3.7), ('int32', 3.7, -2.5), ('uint8', -1, 300), ('float16', 1e5, 0.1),
                 ('float32', onp.float32(2.5), onp.int64(3)), ('int8', True, 127.9), ('float64', 3.0, -0.0)]:
    x = np.array([1, 5, 2], dtype=dt); x.attach_grad()
    try:
        with autograd.record():
            y = np.ediff1d(x, to_begin=b, to_end=e)
        print(dt, y.tolist(), y.dtype, onp.signbit(y.asnumpy()).tolist(), nodes(y)[-1][2])
    except Exception as ex:
        print(dt, msg(ex))
