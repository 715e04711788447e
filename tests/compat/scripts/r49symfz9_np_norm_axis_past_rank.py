"""mx.sym.np.linalg.norm over one axis at or past the data's rank fails shape inference at the legacy reduction's check, but over a vector (not kept to its rank) infers a 0-d result whose kernel fails when read (a vector's two axes fail indexing its shape), as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a = mx.sym.var('a').as_np_ndarray()
x = mx.np.array([1., 2, 3, 4])
for kw in [dict(ord=2, axis=1), dict(axis=(0, 1), keepdims=True), dict(ord=1, axis=1), dict(axis=1), dict(axis=-2),
           dict(ord=2, axis=(0, 1)), dict(ord=None, axis=2), dict(ord=3, axis=1), dict(ord=-1, axis=1),
           dict(ord=float('inf'), axis=1), dict(axis=0), dict(axis=5), dict(axis=1, keepdims=True),
           dict(ord=1, axis=1, keepdims=True), dict(axis=3, keepdims=True)]:
    for shape in [(4,), (2, 3), (2, 3, 4)]:
        show(f'{kw} {shape}', lambda: mx.sym.np.linalg.norm(a, **kw).infer_shape(a=shape))

    def run():
        ex = mx.sym.np.linalg.norm(a, **kw).simple_bind(mx.cpu(), a=(4,), grad_req='null')
        ex.arg_dict['a'][:] = x.asnumpy()
        outs = ex.forward()
        shapes = [o.shape for o in outs]
        return shapes, [o.asnumpy().tolist() for o in outs]
    show(f'{kw} run', run)
    show(f'{kw} call', lambda: (lambda r: (r.shape, r.tolist()))(mx.np.linalg.norm(x, **kw)))
