"""np.linalg.solve / tensorsolve gradients go through MXNet's inverse (db = inv(a).T @ dy, da = -db @ x.T by gemm): stacks, several right-hand sides, float32/float64, a random head gradient, to the last bit."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
onp.random.seed(5)
for ashape, bshape in [((2, 2), (2, 2)), ((3, 3), (3, 1)), ((3, 3), (3, 2)), ((4, 4), (4, 3)), ((5, 5), (5, 5)),
                       ((9, 9), (9, 4)), ((2, 3, 3), (2, 3, 2)), ((1, 1), (1,)), ((12, 12), (12, 7))]:
    for dtype in ['float32', 'float64']:
        n = ashape[-1]
        a = np.array(onp.random.uniform(-1, 1, ashape) + 2 * onp.eye(n)).astype(dtype)
        b = np.array(onp.random.uniform(-1, 1, bshape)).astype(dtype)
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            x = np.linalg.solve(a, b)
        x.backward(np.array(onp.random.uniform(-1, 1, x.shape)).astype(dtype))
        print('solve', ashape, bshape, dtype, x.asnumpy().ravel()[:3].tolist())
        print('   a.grad', a.grad.asnumpy().ravel()[:4].tolist(), float(a.grad.asnumpy().astype('float64').sum()))
        print('   b.grad', b.grad.asnumpy().ravel()[:4].tolist(), float(b.grad.asnumpy().astype('float64').sum()))
for dtype in ['float32', 'float64']:
    a = np.array(onp.random.uniform(-1, 1, (2, 3, 6)) + onp.eye(6).reshape(2, 3, 6) * 3).astype(dtype)
    b = np.array(onp.random.uniform(-1, 1, (2, 3))).astype(dtype)
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        x = np.linalg.tensorsolve(a, b)
    x.backward(np.array(onp.random.uniform(-1, 1, x.shape)).astype(dtype))
    print('tensorsolve', dtype, x.asnumpy().ravel()[:3].tolist())
    print('   a.grad', a.grad.asnumpy().ravel()[:4].tolist(), float(a.grad.asnumpy().astype('float64').sum()))
    print('   b.grad', b.grad.asnumpy().ravel()[:4].tolist(), float(b.grad.asnumpy().astype('float64').sum()))
