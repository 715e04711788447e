"""mx.sym.np.bincount's output length depends on its data's values, so shape inference leaves it unknown (infer_shape warns and gives None, simple_bind refuses the undecided shapes) while a hybridized block still runs it, as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
b, w = mx.sym.var('b').as_np_ndarray(), mx.sym.var('w').as_np_ndarray()
for shape in [(3,), (3, 3), (0,)]:
    show(f'partial {shape}', lambda: mx.sym.np.bincount(b).infer_shape_partial(b=shape))
    show(f'full {shape}', lambda: mx.sym.np.bincount(b, minlength=2).infer_shape(b=shape))
    show(f'weights {shape}', lambda: mx.sym.np.bincount(b, w).infer_shape_partial(b=shape, w=shape))
    show(f'bind {shape}', lambda: mx.sym.np.bincount(b).simple_bind(mx.cpu(), b=shape))
    show(f'bind chain {shape}', lambda: (mx.sym.np.bincount(b) * 2).simple_bind(mx.cpu(), b=shape))
show('types', lambda: mx.sym.np.bincount(b).infer_type(b='int64'))


class Counts(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x, weights=None):
        return F.np.bincount(x, weights, minlength=3) * 2


x = mx.np.array([0, 1, 1, 4], dtype='int64')
for given in [(x,), (x, mx.np.array([0.5, 1, 2, 3]))]:
    block = Counts()
    block.hybridize()
    print(block(*given), block(*given).shape)
