"""np-mode blocks whose weights reach the data through transpose/dot/matmul/tensordot get their deferred shapes inferred; partial inference of those ops and of broadcasting binary ops fills and checks sizes as MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Projection(HybridBlock):
    """A weight of unknown input size used through ``kind``."""
    def __init__(self, kind, **kwargs):
        super().__init__(**kwargs)
        self.kind = kind
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(3, -1), allow_deferred_init=True)

    def hybrid_forward(self, F, x, weight):
        if self.kind == 'dot_T':
            return F.np.dot(x, weight.T)
        if self.kind == 'transpose':
            return F.np.dot(x, F.np.transpose(weight, (1, 0)))
        if self.kind == 'matmul':
            return F.np.matmul(x, weight.T)
        return F.np.tensordot(x, weight, axes=([1], [1]))


for kind in ['dot_T', 'transpose', 'matmul', 'tensordot']:
    for hybridize in [False, True]:
        mx.random.seed(7)
        block = Projection(kind)
        block.initialize()
        if hybridize:
            block.hybridize()
        try:
            y = block(mx.np.ones((2, 5)))
            print(kind, hybridize, y.shape, block.weight.shape, y.asnumpy().round(6).tolist()[0])
        except Exception as e:
            print(kind, hybridize, type(e).__name__, str(e).splitlines()[0])


def partial(name, f, **shapes):
    try:
        print(name, f().infer_shape_partial(**shapes))
    except Exception as e:
        words = str(e).splitlines()[0]
        print(name, type(e).__name__, words[words.find('Check failed') if 'Check failed' in words else 0:][:160]
              if 'Check failed' in words else words)


x = mx.sym.var('x').as_np_ndarray()
w = mx.sym.var('w').as_np_ndarray()
partial('T', lambda: mx.sym.np.dot(x, w.T), x=(2, 5), w=(3, -1))
partial('T both unknown', lambda: mx.sym.np.dot(x, w.T), x=(2, 5), w=(-1, -1))
partial('transpose 3d', lambda: mx.sym.np.dot(x, mx.sym.np.transpose(w, (2, 0, 1))), x=(2, 5), w=(-1, -1, -1))
partial('dot mismatch', lambda: mx.sym.np.dot(x, w), x=(2, 5), w=(3, -1))
partial('dot 1d mismatch', lambda: mx.sym.np.dot(x, w), x=(5,), w=(3,))
partial('dot 3d mismatch', lambda: mx.sym.np.dot(x, w), x=(4, 2, 5), w=(3, -1))
partial('matmul', lambda: mx.sym.np.matmul(x, w), x=(2, 5), w=(-1, 3))
partial('matmul batch', lambda: mx.sym.np.matmul(x, w), x=(4, 1, 2, 5), w=(3, -1, 6))
partial('matmul batch mismatch', lambda: mx.sym.np.matmul(x, w), x=(4, 2, 2, 5), w=(3, -1, 6))
partial('matmul mismatch', lambda: mx.sym.np.matmul(x, w), x=(2, 5), w=(3, -1))
partial('matmul 1d', lambda: mx.sym.np.matmul(x, w), x=(5,), w=(-1, 3))
partial('matmul both 1d', lambda: mx.sym.np.matmul(x, w), x=(5,), w=(-1,))
partial('tensordot 2', lambda: mx.sym.np.tensordot(x, w, axes=2), x=(2, 5, 4), w=(-1, -1, 3))
partial('tensordot lists', lambda: mx.sym.np.tensordot(x, w, axes=([1], [0])), x=(2, 5), w=(-1, 3))
partial('tensordot mismatch', lambda: mx.sym.np.tensordot(x, w, axes=1), x=(2, 5), w=(3, -1))
for op in ['add', 'subtract', 'multiply', 'true_divide', 'power', 'maximum', 'hypot', 'equal', 'less', 'bitwise_and',
           'copysign', 'lcm', 'ldexp']:
    partial(op, lambda: getattr(mx.sym.np, op)(x, w), x=(2, 5), w=(-1,))
    partial(op + ' mismatch', lambda: getattr(mx.sym.np, op)(x, w), x=(2, 5), w=(3, -1))
partial('+ both partial', lambda: x + w, x=(2, -1), w=(-1, 4))
npx.reset_np()
lx, lw = mx.sym.var('x'), mx.sym.var('w')
partial('legacy transpose back', lambda: mx.sym.elemwise_add(mx.sym.transpose(lw), lx), x=(5, 3), w=(0, 0))
partial('legacy transpose axes back', lambda: mx.sym.elemwise_add(mx.sym.transpose(lw, axes=(1, 0)), lx), x=(5, 3))
