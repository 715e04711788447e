"""autograd.grad and backward through hybridized blocks whose outputs reach the input only through steps of no
gradient (np.round, floor, argmax, a comparison): MXNet's CachedOp gives the input zeros (it stays reachable),
beside blocks mixing such a step with a differentiable one; with and without static_alloc."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from _words import words
npx.set_np()

CASES = {
    'round_sq': lambda F, x: F.np.round(x.max(axis=0)) ** 2,
    'argmax': lambda F, x: F.np.argmax(x, axis=0) * 0.5,
    'floor': lambda F, x: F.np.floor(x) * 2 + 1,
    'greater': lambda F, x: (x > 1) * 3.,
    'round_plus_x': lambda F, x: F.np.round(x) + x * 2,
    'rint_chain': lambda F, x: F.np.sin(F.np.rint(x * 3)) * F.np.cos(x),
    'argmin_lerp': lambda F, x: F.np.argmin(x, axis=1) * 0.25 + x.sum(axis=1) * 0.75,
}


class Step(gluon.HybridBlock):
    def __init__(self, f, **kwargs):
        super().__init__(**kwargs)
        self.f = f

    def hybrid_forward(self, F, x):
        return self.f(F, x)


for name, f in CASES.items():
    for mode in ('grad', 'backward', 'head'):
        for static in (False, True):
            net = Step(f)
            net.hybridize(static_alloc=static)
            x = np.array([[1.2, 2.6, 0.4], [1.5, -0.7, 3.3]])
            x.attach_grad()
            try:
                with autograd.record():
                    y = net(x)
                    if mode == 'grad':
                        g = autograd.grad(y, [x])[0]
                if mode == 'backward':
                    y.backward()
                if mode == 'head':
                    y.backward(np.ones(y.shape, dtype=y.dtype) * 2)
                g = g if mode == 'grad' else x.grad
                print(f'{name:13s} {mode:8s} static={static!s:5s} {y.dtype}', g.asnumpy().tolist())
            except Exception as e:  # noqa
                print(f'{name:13s} {mode:8s} static={static!s:5s}', words(e))
