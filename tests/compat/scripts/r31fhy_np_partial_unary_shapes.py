"""np-mode partial shape inference: same-shape ops (flip, around, full_like, isnan, logical_not, scalar comparisons...) pass a consumer's shape back to a deferred weight, and reductions leave their output unknown until the data is fully known, as MXNet."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import npx
from mxnet.gluon import HybridBlock
npx.set_np()


def words(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).splitlines()[0])[:120]


x = mx.sym.var('x').as_np_ndarray()
w = mx.sym.var('w').as_np_ndarray()
unary = [
    ('flip', lambda w: mx.sym.np.flip(w, 0)), ('flip all', lambda w: mx.sym.np.flip(w)),
    ('fliplr', lambda w: mx.sym.np.fliplr(w)), ('around', lambda w: mx.sym.np.around(w, 1)),
    ('round', lambda w: mx.sym.np.round(w)), ('bitwise_not', lambda w: mx.sym.np.bitwise_not(w)),
    ('full_like', lambda w: mx.sym.np.full_like(w, 2.0)), ('ones_like', lambda w: mx.sym.np.ones_like(w)),
    ('zeros_like', lambda w: mx.sym.np.zeros_like(w)), ('isnan', lambda w: mx.sym.np.isnan(w)),
    ('isinf', lambda w: mx.sym.np.isinf(w)), ('isfinite', lambda w: mx.sym.np.isfinite(w)),
    ('isposinf', lambda w: mx.sym.np.isposinf(w)), ('logical_not', lambda w: mx.sym.np.logical_not(w)),
    ('nan_to_num', lambda w: mx.sym.np.nan_to_num(w)), ('roll axis', lambda w: mx.sym.np.roll(w, 1, axis=0)),
    ('roll axes', lambda w: mx.sym.np.roll(w, (1, 2), axis=(0, 1))), ('roll', lambda w: mx.sym.np.roll(w, 1)),
    ('greater scalar', lambda w: w > 0), ('equal scalar', lambda w: w == 1), ('less_equal scalar', lambda w: w <= 1),
    ('sum', lambda w: w.sum()), ('mean axis', lambda w: w.mean(axis=0)), ('max', lambda w: mx.sym.np.max(w)),
    ('prod', lambda w: mx.sym.np.prod(w)), ('std', lambda w: mx.sym.np.std(w)), ('var', lambda w: mx.sym.np.var(w)),
    ('argmax', lambda w: mx.sym.np.argmax(w)), ('any', lambda w: mx.sym.np.any(w)), ('all', lambda w: mx.sym.np.all(w)),
    ('average', lambda w: mx.sym.np.average(w)), ('ediff1d', lambda w: mx.sym.np.ediff1d(w)),
]
for name, f in unary:
    for given in [dict(x=(2, 5)), dict(x=(2, 5), w=(-1, -1))]:
        try:
            s = mx.sym.npx.fully_connected(x, f(w), num_hidden=3, no_bias=True)
            print(name, given.get('w'), s.infer_shape_partial(**given))
        except Exception as e:
            print(name, given.get('w'), type(e).__name__, words(e))

for name, f in [('sum', lambda v: v.sum()), ('mean axis', lambda v: v.mean(axis=0)), ('prod', lambda v: v.prod())]:
    for shape in [(0,), (0, 2), (3, 0)]:
        try:
            print('empty', name, shape, f(x).infer_shape(x=shape)[1])
        except Exception as e:
            print('empty', name, shape, type(e).__name__, words(e))


class Masked(HybridBlock):
    """A deferred weight reached through a same-shape op."""
    def __init__(self, f, **kwargs):
        super().__init__(**kwargs)
        self.f = f
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(-1, -1), allow_deferred_init=True)

    def hybrid_forward(self, F, x, weight):
        return F.npx.fully_connected(x, self.f(F, weight), num_hidden=3, no_bias=True)


for name, f in [('flip', lambda F, w: F.np.flip(w, 0)), ('around', lambda F, w: F.np.around(w, 2)),
                ('nan_to_num', lambda F, w: F.np.nan_to_num(w))]:
    for hybridize in [False, True]:
        mx.random.seed(1)
        block = Masked(f)
        block.initialize()
        if hybridize:
            block.hybridize()
        try:
            y = block(mx.np.ones((2, 5)))
            print(name, hybridize, block.weight.shape, y.shape, y.asnumpy().ravel()[:3].round(6).tolist())
        except Exception as e:
            print(name, hybridize, type(e).__name__, words(e))
