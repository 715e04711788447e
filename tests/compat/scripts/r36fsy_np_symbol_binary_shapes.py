"""mx.sym.np two-input shape inference (known, partial, unknown, empty, broadcast and 0-d operands; shapes told back): polyval's 1-D check of p even when unknown, einsum's subscript check on wrong ranks."""
import warnings

import mxnet as mx

warnings.simplefilter('ignore')
mx.npx.set_np()
np, npx = mx.sym.np, mx.sym.npx
BINARY = ("add subtract multiply divide true_divide mod power maximum minimum equal not_equal greater less hypot "
          "arctan2 copysign ldexp lcm bitwise_and dot outer matmul polyval").split()
JOINING = {'concatenate': lambda b, c: np.concatenate([b, c]), 'stack': lambda b, c: np.stack([b, c]),
           'vstack': lambda b, c: np.vstack([b, c]), 'column_stack': lambda b, c: np.column_stack([b, c]),
           'append': lambda b, c: np.append(b, c, axis=0), 'where': lambda b, c: np.where(b, c, c),
           'einsum': lambda b, c: np.einsum('ij,jk->ik', b, c), 'batch_dot': lambda b, c: npx.batch_dot(b, c),
           'fully_connected': lambda b, c: npx.fully_connected(b, c, num_hidden=3, no_bias=True),
           'reshape_like': lambda b, c: npx.reshape_like(b, c), 'take': lambda b, c: np.take(b, c)}
CASES = [((3, 3), (3, 3)), ((-1, 3), (3, 3)), ((3, -1), None), (None, (3, 3)), ((2, 3), (3,)), ((0, 3), (3, 3)),
         ((3, 3), (-1, -1)), ((), (3, 3)), ((1, 3), (3, 1)), ((3,), (2, 3)), ((3,), None)]


def V(name):
    return mx.sym.var(name).as_np_ndarray()


def show(tag, sym, **given):
    try:
        print(tag, sym.infer_shape_partial(**given))
    except Exception as e:
        print(tag, type(e).__name__, str(e).split('\n')[0].split('] ')[-1][:200])


functions = {name: (lambda name: lambda b, c: getattr(np, name)(b, c))(name) for name in BINARY}
functions.update(JOINING)
for name, f in functions.items():
    sym = f(V('b'), V('c'))
    for bshape, cshape in CASES:
        show(f'{name} {bshape} {cshape}', sym, **{k: v for k, v in (('b', bshape), ('c', cshape)) if v is not None})
    show(f'{name} back', sym + V('a'), a=(3, 3))
