"""mx.sym.np.insert over an array of unknown rank fails its shape function in any inference pass (without an axis reading the unknown shape, with one finding it out of range), and mx.sym.np.delete's output shape is left unknown (simple_bind refuses it or its missing gradient), as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, v, b = (mx.sym.var(n).as_np_ndarray() for n in 'avb')
S = mx.sym.np
inserts = {'at 0 axis 0': lambda: S.insert(a, 0, 1.0, axis=0), 'no axis': lambda: S.insert(a, 1, 1.0),
           'slice axis 1': lambda: S.insert(a, slice(0, 2), 1.0, axis=1), 'int value': lambda: S.insert(a, 1, 2, axis=0),
           'symbol value': lambda: S.insert(a, 1, v, axis=0), 'axis -1': lambda: S.insert(a, 1, 1.0, axis=-1),
           'axis 5': lambda: S.insert(a, 1, 1.0, axis=5)}
for name, make in inserts.items():
    s = make()
    show(f'insert {name} none', lambda: s.infer_shape_partial())
    if name not in ('no axis', 'symbol value'):
        show(f'insert {name} 2d', lambda: s.infer_shape_partial(a=(2, 3)))
    show(f'insert {name} values', lambda: s.infer_shape_partial(v=(2,)))
    show(f'insert {name} add', lambda: (s + b).infer_shape_partial(b=(3, 3)))
    show(f'insert {name} type', lambda: s.infer_type(a='float32'))

deletes = {'int axis 0': lambda: S.delete(a, 1, axis=0), 'no axis': lambda: S.delete(a, 1),
           'slice axis 1': lambda: S.delete(a, slice(0, 1), axis=1), 'axis -1': lambda: S.delete(a, -1, axis=-1),
           'symbol index': lambda: S.delete(a, mx.sym.var('i').as_np_ndarray(), axis=0)}
for name, make in deletes.items():
    s = make()
    show(f'delete {name} 2d', lambda: s.infer_shape_partial(a=(2, 3)))
    show(f'delete {name} none', lambda: s.infer_shape_partial())
    show(f'delete {name} full', lambda: s.infer_shape(a=(2, 3)))
    show(f'delete {name} type', lambda: s.infer_type(a='float32'))
    show(f'delete {name} bind', lambda: type(s.simple_bind(mx.cpu(), a=(2, 3))).__name__)
    show(f'delete {name} bind null', lambda: type((s + 1).simple_bind(mx.cpu(), a=(2, 3), grad_req='null')).__name__)


class Deleting(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.np.delete(x, 1, axis=0) * 2


block = Deleting()
show('block', lambda: block(mx.np.ones((3, 2))).shape)
block.hybridize()
show('hybridized', lambda: block(mx.np.ones((3, 2))).shape)
