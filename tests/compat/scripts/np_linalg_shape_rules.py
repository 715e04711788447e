"""mx.np.linalg on stacks, rectangles, vectors and options: exception classes, result types and rounded values
(LAPACK's last bits are not compared), and matrix_power's / multi_dot's bits (NumPy's order, as MXNet's fallback)."""
import numpy as np
import mxnet as mx

mx.npx.set_np()
L = mx.np.linalg
rs = np.random.RandomState(0)


def show(r):
    if isinstance(r, (tuple, list)):
        return '(' + ', '.join(show(v) for v in r) + ')'
    if hasattr(r, 'asnumpy'):
        return f'{r.dtype}{r.shape}:{(np.round(r.asnumpy().astype(np.float64), 3) + 0.0).tolist()}'
    return f'{type(r).__name__}:{np.round(r, 3)}'


S = mx.np.array(rs.randn(2, 3, 3) + 3 * np.eye(3), dtype='float32')
R = mx.np.array(rs.randn(2, 3), dtype='float32')
V = mx.np.array(rs.randn(3), dtype='float32')
SP = S @ S.transpose(0, 2, 1)
cases = {
    'det batch': lambda: L.det(S), 'det rect': lambda: L.det(R), 'det 1d': lambda: L.det(V),
    'inv rect': lambda: L.inv(R), 'slogdet batch': lambda: L.slogdet(S),
    'eigh U': lambda: L.eigh(SP, UPLO='U'), 'eigvalsh U': lambda: L.eigvalsh(SP, UPLO='U'),
    'eigh bad': lambda: L.eigh(SP, UPLO='X'),
    'cholesky batch': lambda: L.cholesky(SP), 'cholesky rect': lambda: L.cholesky(R),
    'qr complete': lambda: L.qr(R, mode='complete'), 'qr r': lambda: L.qr(R, mode='r'), 'qr batch': lambda: L.qr(S),
    'qr 1d': lambda: L.qr(V), 'svd batch': lambda: L.svd(S), 'svd 1d': lambda: L.svd(V),
    'pinv batch': lambda: L.pinv(S), 'pinv rect': lambda: L.pinv(R), 'pinv rcond': lambda: L.pinv(R, rcond=0.5),
    'pinv hermitian': lambda: L.pinv(SP, hermitian=True),
    'matrix_rank batch': lambda: L.matrix_rank(S), 'matrix_rank tol': lambda: L.matrix_rank(R, tol=1.0),
    'matrix_rank 1d': lambda: L.matrix_rank(V),
    'lstsq rect': lambda: L.lstsq(R, V[:2], rcond=None), 'lstsq warn': lambda: L.lstsq(R.T, V, rcond='warn'),
    'cond batch': lambda: L.cond(S), 'cond fro': lambda: L.cond(S[0], 'fro'), 'cond 1': lambda: L.cond(S[0], 1),
    'tensorinv bad': lambda: L.tensorinv(R),
    'tensorsolve': lambda: L.tensorsolve(mx.np.array(np.eye(6).reshape(2, 3, 6) * 2, dtype='float32'), R),
    'solve batch': lambda: L.solve(S, S[:, :, :1]), 'solve rect': lambda: L.solve(R, V),
    'solve broadcast': lambda: L.solve(S, S[0]),
    'matrix_power batch': lambda: L.matrix_power(S, 3), 'matrix_power rect': lambda: L.matrix_power(R, 2),
    'matrix_power float n': lambda: L.matrix_power(S[0], 2.0),
    'multi_dot vectors': lambda: L.multi_dot([V, S[0], V]), 'multi_dot one': lambda: L.multi_dot([V]),
    'eig real': lambda: L.eig(S[0]), 'eig complex': lambda: L.eig(S), 'eigvals complex': lambda: L.eigvals(S),
    'norm 3d': lambda: L.norm(S), 'norm 3d axis None': lambda: L.norm(S, 1),
    'norm 3d fro': lambda: L.norm(S, 'fro'), 'norm 3d nuc': lambda: L.norm(S, 'nuc'),
    'norm 3d inf': lambda: L.norm(S, np.inf), 'norm 3d 0': lambda: L.norm(S, 0),
    'norm three axes': lambda: L.norm(S, axis=(0, 1, 2)), 'norm nuc pair': lambda: L.norm(S, 'nuc', axis=(1, 2)),
}
for name, fn in cases.items():
    try:
        text = show(fn())
    except Exception as e:  # noqa: BLE001  (the class is what is compared)
        text = type(e).__name__
    print(name, text)

for n in [2, 3, 4, 5, 6, 7, 11, -4, -5, 0]:
    r = L.matrix_power(mx.np.array(rs.randn(2, 3, 3), dtype='float32'), n)
    print('matrix_power', n, r.dtype, r.asnumpy().tolist())
Ms = [mx.np.array(rs.randn(*s), dtype='float32') for s in [(2, 5), (5, 9), (9, 3), (3, 2)]]
print('multi_dot', L.multi_dot(Ms).asnumpy().tolist())

# gradients (rounded), and NumPy fallbacks under autograd.record()
A = rs.randn(3, 3) + 3 * np.eye(3)
SPD = A @ A.T
grad_cases = {
    'det': (A, lambda a: L.det(a)), 'slogdet': (A, lambda a: L.slogdet(a)[1]), 'inv': (A, lambda a: L.inv(a)),
    'cholesky': (SPD, lambda a: L.cholesky(a)), 'eigh': (SPD, lambda a: L.eigh(a)[1]),
    'eigvalsh': (SPD, lambda a: L.eigvalsh(a)), 'pinv': (A, lambda a: L.pinv(a)), 'qr': (A, lambda a: L.qr(a)[1]),
    'tensorinv': (A, lambda a: L.tensorinv(a, 1)), 'tensorsolve': (A, lambda a: L.tensorsolve(a, a[0])),
    'eig': (SPD, lambda a: L.eig(a)[0]), 'norm nuc': (A, lambda a: L.norm(a, 'nuc')),
    'norm inf': (A, lambda a: L.norm(a, np.inf)), 'norm -2': (A, lambda a: L.norm(a, -2)),
    'svd': (A, lambda a: L.svd(a)[0]), 'lstsq': (A, lambda a: L.lstsq(a, a[0], rcond=None)[0]),
    'cond': (A, lambda a: L.cond(a)), 'matrix_rank': (A, lambda a: L.matrix_rank(a)),
    'matrix_power': (A, lambda a: L.matrix_power(a, 2)), 'multi_dot': (A, lambda a: L.multi_dot([a, a])),
}
for name, (m, fn) in grad_cases.items():
    for dt in ['float32', 'float64']:
        a = mx.np.array(m, dtype=dt)
        a.attach_grad()
        try:
            with mx.autograd.record():
                y = fn(a)
            y.backward(mx.np.array(np.random.RandomState(5).randn(*y.shape), dtype=dt) if y.shape else None)
            print(name, dt, np.round(a.grad.asnumpy(), 3 if dt == 'float32' else 6).tolist())
        except Exception as e:  # noqa: BLE001  (the class is what is compared)
            print(name, dt, type(e).__name__)

# Python lists, NumPy arrays and legacy mx.nd arrays as inputs
B = [[2., 1], [1, 3]]
for name in ['det', 'slogdet', 'inv', 'cholesky', 'eigh', 'eigvalsh', 'eig', 'eigvals', 'qr', 'svd', 'pinv', 'norm',
             'matrix_rank', 'cond', 'tensorinv']:
    for arg in [B, np.array(B)] + ([] if name in ('matrix_rank', 'cond') else [mx.nd.array(B)]):
        try:
            r = getattr(L, name)(arg)
            print(name, type(arg).__name__, [type(v).__name__ for v in r] if isinstance(r, (tuple, list))
                  else type(r).__name__)
        except Exception as e:  # noqa: BLE001  (the class is what is compared)
            print(name, type(arg).__name__, type(e).__name__)

# singular and empty matrices
singular, empty = mx.np.array([[1., 2], [2, 4]]), mx.np.zeros((0, 2, 2))
for name, fn in [('inv', L.inv), ('cholesky', L.cholesky), ('eigh', L.eigh), ('eigvalsh', L.eigvalsh),
                 ('eig', L.eig), ('svd', L.svd), ('qr', L.qr), ('matrix_rank', L.matrix_rank), ('cond', L.cond),
                 ('solve', lambda a: L.solve(a, a)), ('tensorinv', lambda a: L.tensorinv(a, 1)),
                 ('det', L.det), ('slogdet', L.slogdet), ('pinv', L.pinv)]:
    for label, a in [('singular', singular), ('empty', empty), ('0x0', mx.np.zeros((0, 0)))]:
        if name in ('det', 'slogdet', 'pinv') and label != 'empty':
            continue        # LAPACK's signed zeros and tiny singular values; MXNet's uninitialized 0x0 results
        try:
            r = fn(a)
            if name == 'cond' and label == 'singular':
                r = float(r > 1e15)     # the size of LAPACK's tiny singular value is its last bits
            print(name, label, show(r))
        except Exception as e:  # noqa: BLE001  (the class is what is compared)
            print(name, label, type(e).__name__)
