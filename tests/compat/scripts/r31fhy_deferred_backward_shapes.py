"""A deferred weight whose shape only its consumers tell (flip, shuffle, logical_not, quadratic, gradientmultiplier, cumsum over an axis, transpose, the samplers) is inferred from the output back, in blocks and symbols, as MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon import HybridBlock


class Shaped(HybridBlock):
    """x + f(w), w of unknown shape."""
    def __init__(self, f, rank, **kwargs):
        super().__init__(**kwargs)
        self.f = f
        with self.name_scope():
            self.w = self.params.get('w', shape=(0,) * rank, allow_deferred_init=True)

    def hybrid_forward(self, F, x, w):
        return F.elemwise_add(x, self.f(F, w))


cases = [
    ('flip', 2, lambda F, w: F.flip(w, axis=0), (2, 5)),
    ('reverse', 2, lambda F, w: F.reverse(w, axis=1), (2, 5)),
    ('logical_not', 2, lambda F, w: F.logical_not(w), (2, 5)),
    ('quadratic', 2, lambda F, w: F.contrib.quadratic(w, a=1.0), (2, 5)),
    ('gradientmultiplier', 2, lambda F, w: F.contrib.gradientmultiplier(w, scalar=2.0), (2, 5)),
    ('cumsum axis', 2, lambda F, w: F.cumsum(w, axis=0), (2, 5)),
    ('transpose', 2, lambda F, w: F.transpose(w), (2, 5)),
    ('transpose axes', 3, lambda F, w: F.transpose(w, axes=(2, 0, 1)), (4, 2, 3)),
]
for name, rank, f, shape in cases:
    for hybridize in [False, True]:
        mx.random.seed(3)
        block = Shaped(f, rank)
        block.initialize()
        if hybridize:
            block.hybridize()
        try:
            y = block(mx.nd.ones(shape))
            print(name, hybridize, block.w.shape, y.shape, y.asnumpy().ravel()[:3].round(6).tolist())
        except Exception as e:
            print(name, hybridize, type(e).__name__, str(e).splitlines()[0][:120])

x, w, v = mx.sym.var('x'), mx.sym.var('w'), mx.sym.var('v')
symbols = [
    ('flip', lambda: mx.sym.flip(w, axis=0), dict(x=(2, 5))),
    ('shuffle', lambda: mx.sym.shuffle(w), dict(x=(2, 5))),
    ('logical_not', lambda: mx.sym.logical_not(w), dict(x=(2, 5))),
    ('cumsum axis', lambda: mx.sym.cumsum(w, axis=1), dict(x=(2, 5))),
    ('transpose given rank', lambda: mx.sym.transpose(w), dict(x=(5, 3), w=(0, 0))),
    ('transpose axes', lambda: mx.sym.transpose(w, axes=(1, 0)), dict(x=(5, 3))),
    ('sample_normal', lambda: mx.sym.sample_normal(w, v), dict(x=(2, 5))),
    ('sample_normal drawn', lambda: mx.sym.sample_normal(w, v, shape=(3,)), dict(x=(2, 5, 3))),
    ('sample_uniform drawn 2', lambda: mx.sym.sample_uniform(w, v, shape=(2, 3)), dict(x=(4, 2, 3))),
    ('sample_poisson', lambda: mx.sym.sample_poisson(w), dict(x=(2, 5))),
    ('sample_normal partial', lambda: mx.sym.sample_normal(w, v), dict(x=(2, 5), w=(2, 0))),
    ('sample_normal drawn mismatch', lambda: mx.sym.sample_normal(w, v, shape=(3,)), dict(x=(2, 5, 4))),
]
for name, f, given in symbols:
    try:
        s = mx.sym.elemwise_add(x, f())
        print(name, dict(zip(s.list_arguments(), s.infer_shape_partial(**given)[0])))
    except Exception as e:
        print(name, type(e).__name__, str(e).splitlines()[0][:150])
