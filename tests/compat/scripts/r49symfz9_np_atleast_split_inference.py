"""mx.sym.np.atleast_1d/2d/3d widen an operand of unknown rank to axes of 1 in shape inference (which then reaches a broadcast or dot), hsplit and dsplit refuse too few axes in their shape functions, and the splits refuse an untyped input in type inference, as MXNet does."""
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, b, c = (mx.sym.var(n).as_np_ndarray() for n in 'abc')
S = mx.sym.np
for n in (1, 2, 3):
    f = getattr(S, f'atleast_{n}d')
    show(f'atleast_{n}d none', lambda: f(a).infer_shape_partial())
    show(f'atleast_{n}d add', lambda: (f(a) + b).infer_shape_partial(b=(3, 2)))
    show(f'atleast_{n}d dot', lambda: S.dot(b, f(a * 2)).infer_shape_partial(b=(2, 3)))
    for shape in [(), (4,), (2, 3), (2, 3, 4), (0, 2)]:
        show(f'atleast_{n}d {shape}', lambda: f(a).infer_shape(a=shape))
    pair = f(a, c)
    show(f'atleast_{n}d pair', lambda: [p.infer_shape_partial(a=(5,)) for p in pair])
    show(f'atleast_{n}d pair both', lambda: [p.infer_shape(a=(5,), c=(2, 3)) for p in pair])
    ex = (f(a) * 2).simple_bind(mx.cpu(), a=(3,))
    ex.arg_dict['a'][:] = 1.5
    show(f'atleast_{n}d run', lambda: ex.forward()[0].asnumpy().tolist())

for name, split in [('hsplit', lambda: S.hsplit(a, 1)[0]), ('dsplit', lambda: S.dsplit(a, 1)),
                    ('dsplit idx', lambda: S.dsplit(a, [1])[0]), ('vsplit', lambda: S.vsplit(a, 1)[0]),
                    ('split', lambda: S.split(a, 2)[0]), ('array_split', lambda: S.array_split(a, 3)[1])]:
    s = split()
    for shape in [(2, 3), (), (3,), (2, 4, 2), (2, 0)]:
        show(f'{name} {shape}', lambda: s.infer_shape_partial(a=shape))
        show(f'{name} {shape} full', lambda: s.infer_shape(a=shape))
        show(f'{name} {shape} bind', lambda: [o.shape for o in s.simple_bind(mx.cpu(), a=shape).outputs])
    show(f'{name} type none', lambda: s.infer_type())
    show(f'{name} type', lambda: s.infer_type(a='float16'))
