"""np.average with weights under autograd: the gradients of a and of the weights (1-D along an axis, or a's shape) with a non-trivial head gradient, float16/32/64, to the last bit."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
onp.random.seed(3)
for shape, axis, full in [((5, 3), 0, False), ((20, 3), 0, False), ((60, 30), 0, False), ((7, 1), 0, False),
                          ((4, 6), 1, False), ((4, 6), -1, True), ((4, 6), None, True), ((3, 5), 0, True), ((2, 3, 4), 1, False)]:
    for dtype in ['float16', 'float32', 'float64'] if shape != (60, 30) else ['float32', 'float64']:
        wshape = shape if full else (shape[axis],)
        a = np.array(onp.random.uniform(0.2, 1.5, shape)).astype(dtype)
        w = np.array(onp.random.uniform(0.2, 1.5, wshape)).astype(dtype)
        a.attach_grad()
        w.attach_grad()
        with autograd.record():
            r, s = np.average(a, axis=axis, weights=w, returned=True)
        r.backward(np.array(onp.random.uniform(-1, 1, r.shape)).astype(dtype))
        print(shape, wshape, axis, dtype, r.asnumpy().ravel()[:3].tolist(), s.asnumpy().ravel()[:2].tolist())
        print('   a.grad', a.grad.asnumpy().ravel()[:5].tolist(), float(a.grad.asnumpy().astype('float64').sum()))
        print('   w.grad', w.grad.asnumpy().ravel()[:5].tolist(), float(w.grad.asnumpy().astype('float64').sum()))
