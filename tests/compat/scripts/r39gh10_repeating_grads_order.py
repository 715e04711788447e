"""Gradients of np.broadcast_to / tile / repeat / broadcast_arrays (imperative and hybridized) under a random head gradient: each input element's gradient is the compensated sum of its copies' gradients in output order (np.broadcast_to's float16 sum in float), to the last bit."""
import hashlib
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
onp.random.seed(0)
cases = [('broadcast_to', lambda a: np.broadcast_to(a, (4, 2, 3)), (2, 3)),
         ('broadcast_to rows', lambda a: np.broadcast_to(a, (50, 3)), (1, 3)),
         ('broadcast_to cols', lambda a: np.broadcast_to(a, (3, 70)), (3, 1)),
         ('broadcast_to inner', lambda a: np.broadcast_to(a, (2, 9, 3)), (2, 1, 3)),
         ('broadcast_to lead', lambda a: np.broadcast_to(a, (33, 7, 5)), (5,)),
         ('broadcast_to all', lambda a: np.broadcast_to(a, (13, 17)), (1, 1)),
         ('expanded broadcast_to', lambda a: np.broadcast_to(a[:, None], (2, 40, 3)), (2, 3)),
         ('broadcast_arrays', lambda a: np.broadcast_arrays(a, np.ones((30, 2, 3), dtype=a.dtype))[0], (2, 3)),
         ('tile', lambda a: np.tile(a, (20, 3)), (2, 3)), ('tile 1-d', lambda a: np.tile(a, 17), (3,)),
         ('repeat axis', lambda a: np.repeat(a, 25, axis=0), (2, 3)), ('repeat flat', lambda a: np.repeat(a, 9), (2, 3))]
for name, f, shape in cases:
    for dtype in ['float32', 'float64', 'float16']:
        a = np.array(onp.random.uniform(-1, 1, shape)).astype(dtype)
        a.attach_grad()
        with autograd.record():
            y = f(a)
        y.backward(np.array(onp.random.uniform(-1, 1, y.shape)).astype(dtype))
        g = a.grad.asnumpy()
        print(name, dtype, g.shape, g.ravel()[:3].tolist(), hashlib.md5(g.tobytes()).hexdigest()[:12])


class Repeating(mx.gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


for name, fn in [('hybridized broadcast_to', lambda F, x: F.np.broadcast_to(x, (30, 2, 3))),
                 ('hybridized tile', lambda F, x: F.np.tile(x, (20, 3))),
                 ('hybridized repeat', lambda F, x: F.np.repeat(x, 25, axis=0))]:
    for dtype in ['float32', 'float16']:
        net = Repeating(fn)
        net.hybridize()
        a = np.array(onp.random.uniform(-1, 1, (2, 3))).astype(dtype)
        a.attach_grad()
        with autograd.record():
            y = net(a)
        y.backward(np.array(onp.random.uniform(-1, 1, y.shape)).astype(dtype))
        print(name, dtype, a.grad.asnumpy().ravel().tolist())
