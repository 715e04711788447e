"""mx.sym.npx.nonzero's output shape is left unknown by shape inference (simple_bind refuses it), and infer_shape's warning about undecided arguments names a 0-d argument under NumPy shape semantics too, as MXNet does."""
import re
import warnings

import mxnet as mx


def show(label, call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, call())
        except Exception as e:
            print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:300])
    for w in caught:
        print('  warning:', str(w.message).replace('\n', ' | '))


mx.npx.set_np()
a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
s = mx.sym.npx.nonzero(a)
for shape in [(2, 3), (4,), (), (0, 2)]:
    show(f'nonzero {shape} partial', lambda: s.infer_shape_partial(a=shape))
    show(f'nonzero {shape} full', lambda: s.infer_shape(a=shape))
    show(f'nonzero {shape} types', lambda: s.infer_type(a='float32'))
    show(f'nonzero {shape} bind', lambda: type(s.simple_bind(mx.cpu(), a=shape, grad_req='null')).__name__)
show('bincount 0-d', lambda: mx.sym.np.bincount(b).infer_shape(b=()))
show('sum of unknown', lambda: (a + mx.sym.np.sum(b)).infer_shape(b=()))
show('sum of unknown legacy names', lambda: (a + mx.sym.np.sum(b)).infer_shape(b=(2,)))


class NonZero(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.npx.nonzero(x) + 1


block = NonZero()
block.hybridize()
show('hybridized', lambda: block(mx.np.array([[0, 1], [2, 0]])).tolist())
