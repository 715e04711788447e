"""mx.np.linalg across int32/float16/float32/float64 inputs: which functions refuse (and with which exception
class), the result types, the values (rounded: LAPACK's last bits are not compared), and solve's gradients."""
import numpy as np
import mxnet as mx

mx.npx.set_np()
L = mx.np.linalg
A = np.array([[4., 1, 2], [1, 5, 1], [2, 1, 6]])


def show(r):
    if isinstance(r, (tuple, list)):
        return '(' + ', '.join(show(v) for v in r) + ')'
    if hasattr(r, 'asnumpy'):
        return f'{r.dtype}{r.shape}:{(np.round(r.asnumpy().astype(np.float64), 4) + 0.0).tolist()}'
    return f'{type(r).__name__}:{np.round(r, 4)}'


cases = {
    'det': lambda a: L.det(a), 'slogdet': lambda a: L.slogdet(a), 'inv': lambda a: L.inv(a),
    'solve': lambda a: L.solve(a, a[:, :2]), 'solve vector': lambda a: L.solve(a, a[0]),
    'tensorinv': lambda a: L.tensorinv(a, ind=1), 'tensorsolve': lambda a: L.tensorsolve(a, a[0]),
    'eigh': lambda a: L.eigh(a), 'eigvalsh': lambda a: L.eigvalsh(a), 'eig': lambda a: L.eig(a),
    'eigvals': lambda a: L.eigvals(a), 'cholesky': lambda a: L.cholesky(a), 'qr': lambda a: L.qr(a),
    'lstsq': lambda a: L.lstsq(a, a[:, 0], rcond=None), 'matrix_rank': lambda a: L.matrix_rank(a),
    'pinv': lambda a: L.pinv(a), 'svd': lambda a: L.svd(a), 'norm': lambda a: L.norm(a, axis=1),
    'multi_dot': lambda a: L.multi_dot([a, a, a]), 'cond': lambda a: L.cond(a),
    'matrix_power 2': lambda a: L.matrix_power(a, 2), 'matrix_power -1': lambda a: L.matrix_power(a, -1),
    'matrix_power 0': lambda a: L.matrix_power(a, 0),
}
for name, fn in cases.items():
    for dt in ['int32', 'float16', 'float32', 'float64']:
        try:
            text = show(fn(mx.np.array(A, dtype=dt)))
        except Exception as e:  # noqa: BLE001  (the class is what is compared)
            text = type(e).__name__
        print(name, dt, text)

rs = np.random.RandomState(0)
for dt in ['float32', 'float64']:
    for ashape, bshape in [((3, 3), (3, 2)), ((2, 3, 3), (2, 3, 2)), ((3, 3), (3, 1))]:
        a = mx.np.array(rs.randn(*ashape) + 3 * np.eye(3), dtype=dt)
        b = mx.np.array(rs.randn(*bshape), dtype=dt)
        a.attach_grad()
        b.attach_grad()
        with mx.autograd.record():
            x = L.solve(a, b)
        x.backward(mx.np.array(rs.randn(*x.shape), dtype=dt))
        print(dt, bshape, x.dtype, np.round(x.asnumpy(), 5).tolist())
        print(np.round(a.grad.asnumpy(), 5).tolist(), np.round(b.grad.asnumpy(), 5).tolist())
a = mx.np.array(np.eye(3) * 2)
b = mx.np.array([1., 2, 3])
a.attach_grad()
try:
    with mx.autograd.record():
        x = L.solve(a, b)
    x.backward()
    print(a.grad)
except mx.base.MXNetError:
    print('vector b backward: MXNetError')

# solve's gradients against finite differences of sum(head * solve(a, b))
an, bn, hn = rs.randn(3, 3) + 3 * np.eye(3), rs.randn(3, 2), rs.randn(3, 2)
a, b = mx.np.array(an, dtype='float64'), mx.np.array(bn, dtype='float64')
a.attach_grad()
b.attach_grad()
with mx.autograd.record():
    x = L.solve(a, b)
x.backward(mx.np.array(hn, dtype='float64'))
for name, base, grad in [('a', an, a.grad), ('b', bn, b.grad)]:
    fd = np.zeros_like(base)
    for idx in np.ndindex(*base.shape):
        p, m = base.copy(), base.copy()
        p[idx] += 1e-6
        m[idx] -= 1e-6
        args_p, args_m = ((p, bn), (m, bn)) if name == 'a' else ((an, p), (an, m))
        fd[idx] = ((np.linalg.solve(*args_p) - np.linalg.solve(*args_m)) * hn).sum() / 2e-6
    print(name, 'matches finite differences:', np.allclose(grad.asnumpy(), fd, atol=1e-6))
