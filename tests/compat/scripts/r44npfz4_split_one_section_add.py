"""np.split and its kin cut into one section assign, not add, the gradient of an 'add' variable, as MXNet's _npi_split kernel does."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()

cases = [('split 1', lambda a: np.split(a, 1)[0]),
         ('split 1 axis 1', lambda a: np.split(a.reshape(2, 3), 1, axis=1)[0]),
         ('array_split 1', lambda a: np.array_split(a, 1)[0]),
         ('hsplit 1', lambda a: np.hsplit(a, 1)[0]),
         ('vsplit 1', lambda a: np.vsplit(a.reshape(2, 3), 1)[0]),
         ('split []', lambda a: np.split(a, [])[0]),
         ('split 1 plus a', lambda a: np.split(a, 1)[0] + a),
         ('split 2', lambda a: np.split(a, 2)[1] * 3)]
for dtype in ('float32', 'float16'):
    for label, f in cases:
        x = np.array([1.5, -2.25, 0.5, 4.0, 3.0, -1.0], dtype=dtype)
        x.attach_grad(grad_req='add')
        for step in range(3):
            with autograd.record():
                y = f(x)
            y.backward()
            print(dtype, label, step, x.grad)

x = np.arange(6.0)
print([p.shape for p in np.split(x, 1)], [p.shape for p in np.array_split(x, [])])
