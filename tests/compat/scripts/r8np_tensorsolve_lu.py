"""np.linalg.tensorsolve solves by LU factorization (as solve with one right-hand side) and differentiates
through the inverse (db = inv(a).T @ dy, da = -outer(db, x)); bool arrays are refused by the LAPACK-backed
functions. 2x2 systems only: distnet's unblocked getf2 replays the generic kernels, not the Haswell ones,
which round larger systems differently."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(name, call):
    """The result's dtype, shape and bytes, or the exception class."""
    try:
        r = call()
        for x in (r if isinstance(r, (tuple, list)) else [r]):
            print(name, x.dtype, x.shape, x.asnumpy().tobytes().hex())
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)


for dt in ['float32', 'float64', 'int32']:
    a = np.array([[4, 1], [2, 3]]).astype(dt)
    b = np.array([1, 2]).astype(dt)
    show(dt + ' 2x2', lambda: np.linalg.tensorsolve(a, b))
    a4 = (np.arange(4).reshape(2, 1, 2) % 3 + np.eye(2).reshape(2, 1, 2) * 5).astype(dt)
    b4 = (np.arange(2).reshape(2, 1) * 1.5 - 2).astype(dt)
    show(dt + ' 2x1x2', lambda: np.linalg.tensorsolve(a4, b4))
    a5 = (np.arange(4).reshape(2, 2, 1) % 5 + np.eye(2).reshape(2, 2, 1) * 3).astype(dt)
    show(dt + ' 2x2x1 axes', lambda: np.linalg.tensorsolve(a5, b4, axes=(0,)))
    if dt != 'int32':
        a.attach_grad()
        b.attach_grad()
        with mx.autograd.record():
            y = np.linalg.tensorsolve(a, b)
        y.backward()
        show(dt + ' grads', lambda: (a.grad, b.grad))
m = np.array([[1, 0], [1, 1]]).astype('bool')
for fn in ['tensorsolve', 'solve']:
    show('bool ' + fn, lambda: getattr(np.linalg, fn)(m, np.array([True, False])))
for fn in ['eig', 'eigh', 'eigvals', 'eigvalsh']:
    show('bool ' + fn, lambda: getattr(np.linalg, fn)(m))
