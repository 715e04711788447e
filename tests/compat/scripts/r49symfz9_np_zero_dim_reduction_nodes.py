"""mx.sym.np's mean, var, std and sum over a 0-d array along axis 0 or -1 reduce nothing in a graph too (inference, forward and backward), as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a = mx.sym.var('a').as_np_ndarray()
for name, kw in [('mean', dict(axis=-1)), ('mean', dict(axis=0)), ('var', dict(axis=0, keepdims=True)),
                 ('std', dict(axis=0)), ('sum', dict(axis=0)), ('mean', dict(axis=(0,))), ('var', dict(axis=-1)),
                 ('std', dict(axis=-1, ddof=1)), ('mean', dict(axis=0, keepdims=True))]:
    s = getattr(mx.sym.np, name)(a, **kw)
    show(f'{name} {kw} infer', lambda: s.infer_shape(a=()))

    def run():
        ex = (s * 3).simple_bind(mx.cpu(), a=())
        ex.arg_dict['a'][:] = 5
        out = ex.forward(is_train=True)[0].asnumpy().tolist()
        ex.backward(mx.np.ones(()))
        return out, ex.grad_dict['a'].asnumpy().tolist()
    show(f'{name} {kw} run', run)
