"""mx.sym.np.atleast_1d/2d/3d give every operand and result one dtype in type inference (a disagreement refused as an elementwise op refuses it), and hstack and dstack refuse operands of different dtypes in Concat's words with their own names, as MXNet does."""
import re

import mxnet as mx

mx.npx.set_np()


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')[-1][:300])


a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
S = mx.sym.np
for n in (1, 2, 3):
    f = getattr(S, f'atleast_{n}d')
    p = f(a, b)
    show(f'{n} a', lambda: p[0].infer_type_partial(a='float64'))
    show(f'{n} b', lambda: p[1].infer_type_partial(b='int32'))
    show(f'{n} both', lambda: p[1].infer_type(a='int32', b='float16'))
    show(f'{n} one', lambda: f(a).infer_type(a='int8'))
    show(f'{n} out', lambda: (p[0] + mx.sym.np.ones((1,), dtype='float16')).infer_type_partial())
for name, s in [('column_stack', S.column_stack([a, b])), ('dstack', S.dstack([a, b])), ('hstack', S.hstack([a, b])), ('vstack', S.vstack([a, b])), ('concat', S.concatenate([a, b])), ('stack', S.stack([a, b]))]:
    show(f'{name} a', lambda: s.infer_type_partial(a='float64'))
    show(f'{name} both', lambda: s.infer_type(a='int32', b='float16'))
