"""np.flip (axis None, an int, a tuple, an axis beyond the rank), fliplr and flipud in a HybridBlock,
imperative and hybridized (with and without static_alloc): outputs and gradients, or the kernel's refusal read
from the result."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from _words import words
npx.set_np()

CASES = {
    'none': lambda F, x: F.np.flip(x) * F.np.arange(6).reshape(2, 3),
    'none_kw': lambda F, x: (F.np.flip(x, axis=None) * x).sum(),
    'axis0': lambda F, x: F.np.flip(x, 0) ** 2,
    'axis1': lambda F, x: F.np.flip(x, 1) * x,
    'tuple': lambda F, x: F.np.flip(x, (0, 1)) + x,
    'twice': lambda F, x: F.np.flip(x, (1, 1)) * 2,
    'fliplr': lambda F, x: F.np.fliplr(x) * 3,
    'flipud': lambda F, x: F.np.flipud(x) * 3,
    'none_3d': lambda F, x: F.np.flip(x.reshape(1, 2, 3)).sum(axis=0) * x,
    'too_large': lambda F, x: F.np.flip(x, 3),     # (last: MXNet raises a kernel's failure again at later reads)
}


class Flip(gluon.HybridBlock):
    def __init__(self, f, **kwargs):
        super().__init__(**kwargs)
        self.f = f

    def hybrid_forward(self, F, x):
        return self.f(F, x)


for name, f in CASES.items():
    for mode in ('imperative', 'hybridized', 'static_alloc'):
        net = Flip(f)
        if mode != 'imperative':
            net.hybridize(static_alloc=mode == 'static_alloc')
        x = np.array([[1., 2., 3.], [4., 5., 6.]])
        x.attach_grad()
        try:
            with autograd.record():
                y = net(x)
            y.backward()
            print(f'{name:10s} {mode:12s} {y.tolist()} grad={x.grad.tolist()}')
        except Exception as e:  # noqa
            print(f'{name:10s} {mode:12s}', words(e))
