"""sparse.cast_storage of a dense array is recorded (gradients flow, later nodes are numbered after it); csr dot gradients for every storage of the operands and gradient buffers."""
import numpy as np
import mxnet as mx
from mxnet import autograd

A = np.array([[0, 1.5, 0], [-2, 0, 3.25], [0, 0, 0], [4, 0, -0.5]], dtype=np.float32)


def words(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    return ([l for l in lines if 'Error' in l] or lines)[-1][:120]


for src in ('default', 'csr', 'row_sparse'):
    for dst in ('default', 'csr', 'row_sparse'):
        for how in ('tostype', 'sparse.cast_storage', 'nd.cast_storage'):
            x = mx.nd.array(A).tostype(src)
            x.attach_grad()
            try:
                with autograd.record():
                    if how == 'tostype':
                        y = x.tostype(dst)
                    elif how == 'sparse.cast_storage':
                        y = mx.nd.sparse.cast_storage(x, dst)
                    else:
                        y = mx.nd.cast_storage(x, stype=dst)
                    z = y * 2
                z.backward()
                print(src, dst, how, y.stype, x.grad.stype, x.grad.asnumpy().tolist())
            except Exception as e:
                print(src, dst, how, type(e).__name__, words(e))

# the node a refused backward names comes after the recorded cast
for how in ('tostype', 'sparse.cast_storage'):
    x = mx.nd.ones((2, 2))
    x.attach_grad()
    with autograd.record():
        y = x.tostype('default') if how == 'tostype' else mx.nd.sparse.cast_storage(x, 'default')
        z = mx.nd.Embedding(mx.nd.array([0]), y, input_dim=2, output_dim=2, sparse_grad=True)
        w = mx.nd.Embedding(mx.nd.array([1]), x, input_dim=2, output_dim=2, sparse_grad=True)
    for out in (z, w):
        try:
            out.backward()
        except Exception as e:
            print(how, words(e).split(':')[1].split('_')[1])

# a cast of an array whose kernel failed: made, its read raises
for how in ('tostype', 'sparse.cast_storage', 'nd.cast_storage'):
    for st in ('default', 'csr', 'row_sparse'):
        a = mx.nd.random.normal(0, -1, shape=(2, 2))
        b = a.tostype(st) if how == 'tostype' else (
            mx.nd.sparse.cast_storage(a, st) if how == 'sparse.cast_storage' else mx.nd.cast_storage(a, stype=st))
        print(how, st, 'made', b.stype, b.shape)
        for arr in (b, a):
            try:
                print('  read', arr.asnumpy().shape)
            except Exception as e:
                print('  read', type(e).__name__, words(e))

for ta in (False, True):
    for st0 in ('default', 'csr', 'row_sparse'):
        for g0 in ('default', 'csr', 'row_sparse'):
            for g1 in ('default', 'csr', 'row_sparse', 'none', 'null'):
                x0 = mx.nd.array(A).tostype(st0)
                x1 = mx.nd.array(np.arange(8 if ta else 6, dtype=np.float32).reshape(-1, 2) - 2)
                x0.attach_grad(stype=g0)
                if g1 == 'null':
                    x1.attach_grad(grad_req='null')
                elif g1 != 'none':
                    x1.attach_grad(stype=g1)
                try:
                    with autograd.record():
                        y = mx.nd.sparse.dot(x0, x1, transpose_a=ta)
                    y.backward()
                    print(ta, st0, g0, g1, y.stype, x0.grad.stype, x0.grad.asnumpy().tolist(),
                          x1.grad.stype if x1.grad is not None else None,
                          x1.grad.asnumpy().tolist() if x1.grad is not None else None)
                except Exception as e:
                    print(ta, st0, g0, g1, type(e).__name__, words(e)[-90:])
