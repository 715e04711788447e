"""mx.np.linalg gradients as MXNet 1.9.1: matrix norms (column/row sums, singular values), tensorinv and tensorsolve,
and the zero gradients of eigh, eig and pinv (values rounded: LAPACK builds differ in the last float32 digit)."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def grad(f, x):
    x = x.copy()
    x.attach_grad()
    with mx.autograd.record():
        y = f(x)
    y.backward()
    return [onp.round(v.asnumpy(), 4).tolist() for v in (y, x.grad)]


a = np.array([[2., -1., 0.5], [1., 3., -2.]])
s = np.array([[2., 1.], [1., 3.]])
for o in [1, -1, 2, -2, 'nuc', 'fro', onp.inf, -onp.inf, None, 3]:
    for f, x in [(lambda x: np.linalg.norm(x, o), a), (lambda x: np.linalg.norm(x, o, axis=(1, 0)), a),
                 (lambda x: np.linalg.norm(x, o, keepdims=True), s),
                 (lambda x: np.linalg.norm(np.stack([x, x * 2]), o, axis=(1, 2)), s)]:
        try:
            print(o, grad(f, x))
        except mx.MXNetError:
            print(o, '!! MXNetError')
for f, x in [(lambda x: np.linalg.tensorinv(x, ind=1).sum(), np.eye(4).reshape(4, 2, 2) * 2),
             (lambda x: np.linalg.tensorsolve(x, np.ones(2)), s), (lambda x: np.linalg.eigh(x)[1].sum(), s),
             (lambda x: np.linalg.eigh(x)[0], s), (lambda x: np.linalg.eigvalsh(x), s), (lambda x: np.linalg.eig(x)[0], s),
             (lambda x: np.linalg.pinv(x).sum(), a)]:
    print(grad(f, x))
