"""np.average's gradients with weights, bit for bit: MXNet's own backward for the array and the weights."""
from mxnet import np, npx, autograd
npx.set_np()


def grads(x, w, axis, returned=False):
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = np.average(x, axis, w, returned)
        y = y[0] if returned else y
    y.backward()
    print(axis, y.asnumpy().ravel().tolist(), x.grad.asnumpy().ravel().tolist(), w.grad.asnumpy().ravel().tolist())


m = np.arange(6, dtype='float32').reshape(2, 3)
grads(m.copy(), np.array([1., 2., 3.]), 1)
grads(m.copy(), np.array([1., 2.]), 0)
grads(m.copy(), np.arange(6.).reshape(2, 3) + 1, None)
grads(m.copy(), np.arange(6.).reshape(2, 3) + 1, 1)
grads(m.copy(), np.arange(6.).reshape(2, 3) + 1, (0, 1))
grads(m.copy(), np.array([1., 2., 3.]), 1, True)
grads(np.arange(24, dtype='float32').reshape(2, 3, 4) * 0.3, np.array([0.2, 2., 3.]), 1)
grads(np.arange(24, dtype='float32').reshape(2, 3, 4) * 0.1, np.array([1., 2., 3., 0.5]), -1)
grads(np.arange(6, dtype='float64').reshape(2, 3) * 0.37, np.array([1., 2., 3.], dtype='float64'), 1)
grads(np.arange(6, dtype='float16').reshape(2, 3), np.array([1., 2., 3.], dtype='float16'), 1)
