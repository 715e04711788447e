"""Samplers whose parameters are a hybridized numpy block's inputs: the draws and the parameters' gradients
(read from the draw's own noise), as the imperative run gives them."""
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from _words import words

npx.set_np()


class Draw(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, loc, scale):
        return self.fn(F, loc, scale) + loc * 0 + scale * 0


samplers = {
    "exponential": lambda F, loc, scale: F.np.random.exponential(scale),
    "gumbel": lambda F, loc, scale: F.np.random.gumbel(loc, scale),
    "logistic_loc": lambda F, loc, scale: F.np.random.logistic(loc, 1.0),
    "rayleigh": lambda F, loc, scale: F.np.random.rayleigh(scale),
    "gamma": lambda F, loc, scale: F.np.random.gamma(loc, scale),
    "normal_sized": lambda F, loc, scale: F.np.random.normal(loc, scale, size=(3, 2)),
}
for name, fn in samplers.items():
    for hybrid in (False, True):
        mx.random.seed(4)
        block = Draw(fn)
        if hybrid:
            block.hybridize()
        loc, scale = np.array([1., 2.]), np.array([0.5, 3.])
        loc.attach_grad()
        scale.attach_grad()
        try:
            with autograd.record():
                out = block(loc, scale)
            out.backward()
            print(name, hybrid, out.round(4).tolist(), loc.grad.round(4).tolist(), scale.grad.round(4).tolist())
        except Exception as e:
            print(name, hybrid, words(e))
