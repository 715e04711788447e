"""mx.np.linalg.norm as MXNet 1.9.1 computes it: integer inputs through its scaled reducer in integer arithmetic,
general vector orders through the same reducer in floating point, the matrix orders' refusals, and gradients."""
import numpy as np
import mxnet as mx

mx.npx.set_np()


def show(label, fn):
    try:
        print(label, repr(fn()))
    except mx.base.MXNetError:
        print(label, 'MXNetError')


x = mx.np.array([[4, 0, 3, 3], [3, 1, 3, 2], [4, 0, 0, 4]], dtype='int32')
for ord_ in [None, 'fro', 'nuc', 1, 2, -1, -2, np.inf, -np.inf, 3, 0.5, 0]:
    for axis in [None, 0, -1, (0, 1), (1, 0)]:
        show(f'int32 ord={ord_} axis={axis}', lambda: mx.np.linalg.norm(x, ord=ord_, axis=axis))
show('int32 keepdims', lambda: mx.np.linalg.norm(x, axis=1, keepdims=True))
show('int32 keepdims pair', lambda: mx.np.linalg.norm(x, keepdims=True))
for rows in [[[3, 3], [0, 0]], [[5, 5], [5, 5]], [[3, 3, 3, 3], [3, 3, 3, 3]], [[2, -3], [3, 1]], [[0, 0], [0, 0]]]:
    y = mx.np.array(rows, dtype='int32')
    show(f'{rows} whole', lambda: mx.np.linalg.norm(y))
    show(f'{rows} flat', lambda: mx.np.linalg.norm(y.reshape(-1)))
    show(f'{rows} flat ord=2', lambda: mx.np.linalg.norm(y.reshape(-1), 2))
    show(f'{rows} flat ord=1', lambda: mx.np.linalg.norm(y.reshape(-1), 1))
    show(f'{rows} axis=1', lambda: mx.np.linalg.norm(y, axis=1))
    show(f'{rows} 3d (0, 2)', lambda: mx.np.linalg.norm(y.reshape(2, -1, 1), axis=(0, 2)))
for dt in ['int8', 'uint8', 'int64', 'bool']:
    y = mx.np.array([[3, 3], [0, 4]], dtype=dt)
    show(dt, lambda: mx.np.linalg.norm(y))
    show(dt + ' axis=0', lambda: mx.np.linalg.norm(y, axis=0))

rs = np.random.RandomState(3)
xn = (rs.randn(6, 5) * 3).astype('float32')
xn[rs.rand(6, 5) < 0.2] = 0
for dt in ['float32', 'float64']:
    for ord_ in [1, 3, 0.5, -1, 1.5, -2.5, 0]:
        for axis in [0, 1]:
            a = mx.np.array(xn, dtype=dt)
            a.attach_grad()
            with mx.autograd.record():
                y = mx.np.linalg.norm(a, ord=ord_, axis=axis)
            y.backward(mx.np.array(rs.randn(*y.shape), dtype=dt))
            print(dt, ord_, axis, repr(y))
            print(np.round(a.grad.asnumpy(), 5))
    for ord_ in [0, 3, 0.5, np.inf, -np.inf, 1, -1]:
        print(dt, 'matrix', ord_, repr(mx.np.linalg.norm(mx.np.array(xn, dtype=dt), ord=ord_)))

# gradients of general orders against finite differences
xd = rs.randn(3, 4)
for ord_ in [3, 0.5, -1, 1.5]:
    a = mx.np.array(xd, dtype='float64')
    a.attach_grad()
    with mx.autograd.record():
        y = mx.np.linalg.norm(a, ord=ord_, axis=1)
    y.backward()
    fd = np.zeros_like(xd)
    for idx in np.ndindex(*xd.shape):
        p, m = xd.copy(), xd.copy()
        p[idx] += 1e-6
        m[idx] -= 1e-6
        fd[idx] = (np.linalg.norm(p, ord_, axis=1).sum() - np.linalg.norm(m, ord_, axis=1).sum()) / 2e-6
    print(ord_, 'matches finite differences:', np.allclose(a.grad.asnumpy(), fd, atol=1e-6))

# the singular-value norms need no more rows than columns in the given axis order
tall = mx.np.array(np.arange(12.).reshape(4, 3) * 0.37 - 1)
for ord_ in [2, 'nuc']:
    for axis in [None, (0, 1), (1, 0)]:
        show(f'tall ord={ord_} axis={axis}', lambda: np.round(float(mx.np.linalg.norm(tall, ord_, axis)), 6))

# the 2-norm's last bits: over several axes MXNet merges elements one at a time, over one axis it reduces them
for seed, dt, kw in [(6, 'float64', {}), (20, 'float64', {}), (24, 'float32', {}), (28, 'float32', {'axis': (0, 1)}),
                     (2, 'float32', {'axis': 1}), (5, 'float64', {'axis': 0})]:
    a = mx.np.array(np.random.RandomState(seed).randn(3, 4), dtype=dt)
    a.attach_grad()
    with mx.autograd.record():
        y = mx.np.linalg.norm(a, **kw)
    y.backward()
    print(seed, dt, kw, y.asnumpy().tolist(), a.grad.asnumpy().tolist())

# empty, 0-d, non-finite and all-zero inputs; bad orders and axes
z = mx.np.zeros((0, 3))
n = mx.np.array([[np.nan, 1.], [np.inf, 2.]])
zz = mx.np.zeros((2, 3))
for label, fn in [('empty', lambda: mx.np.linalg.norm(z)), ('empty axis 0', lambda: mx.np.linalg.norm(z, axis=0)),
                  ('empty axis 1', lambda: mx.np.linalg.norm(z, axis=1)),
                  ('0-d', lambda: mx.np.linalg.norm(mx.np.array(3.))),
                  ('0-d ord 2', lambda: mx.np.linalg.norm(mx.np.array(3.), 2)),
                  ('nan', lambda: mx.np.linalg.norm(n)), ('nan axis 0', lambda: mx.np.linalg.norm(n, axis=0)),
                  ('nan ord 3', lambda: mx.np.linalg.norm(n, 3, axis=1)), ('nan ord 1', lambda: mx.np.linalg.norm(n, 1)),
                  ('zeros', lambda: mx.np.linalg.norm(zz, axis=1)), ('zeros ord 3', lambda: mx.np.linalg.norm(zz, 3, axis=1)),
                  ('zeros ord -1', lambda: mx.np.linalg.norm(zz, -1, axis=1)),
                  ('ord abc', lambda: mx.np.linalg.norm(zz, 'abc')),
                  ('axis repeated', lambda: mx.np.linalg.norm(zz, axis=(0, 0))),
                  ('axis out of bounds', lambda: mx.np.linalg.norm(zz, axis=2))]:
    show(label, fn)
zg = mx.np.zeros((2, 3))
zg.attach_grad()
with mx.autograd.record():
    y = mx.np.linalg.norm(zg)
y.backward()
print('gradient at zero', zg.grad)
