"""mx.sym.np indexing and reshape forms: the nodes each index builds and their inferred shapes (a negative first index's empty slice refused by npx.reshape's -3 as in MXNet, an empty tuple is the symbol itself), _Symbol.reshape's keyword and order checks, np.reshape writing its order, and flatten's order."""
import json

import mxnet as mx

mx.npx.set_np()
a = mx.sym.var('a').as_np_ndarray()
i = mx.sym.var('i').as_np_ndarray()


def nodes(sym):
    return [(n['op'], n.get('attrs')) for n in json.loads(sym.tojson())['nodes'] if n['op'] != 'null']


def show(tag, make, **shapes):
    try:
        sym = make()
        print(tag, nodes(sym))
        for f in ('infer_shape_partial', 'infer_shape'):
            try:
                print('   ', f, sym.infer_shape_partial(**shapes) if f == 'infer_shape_partial' else sym.infer_shape(**shapes))
            except mx.base.MXNetError as e:
                print('   ', f, 'MXNetError', str(e).split('] ')[-1].replace('\n', ' | '))
    except Exception as e:
        print(tag, type(e).__name__, e)


keys = [0, -1, -2, 2, slice(1, None), slice(None, None, -1), (0, 1), (slice(None), 1), (slice(None), -1), (0, -1),
        (-1, 0), (Ellipsis, 0), (0, slice(1, 3)), slice(-2, None), (), (slice(0, 2), slice(None, None, 2))]
for key in keys:
    show(f'a[{key!r}]', lambda: a[key], a=(3, 4, 5))
for b, e in (((-1,), (0,)), ((2,), (0,)), ((1,), (1,)), ((-1,), (None,))):
    show(f'npx.reshape(slice {b}:{e}, (-3, -4))', lambda: mx.sym.npx.reshape(mx.sym.npx.slice(a, begin=b, end=e), (-3, -4)), a=(3, 4, 5))
forms = {
    'reshape(-1)': lambda: a.reshape(-1), 'reshape((2, -1))': lambda: a.reshape((2, -1)), 'reshape(3, 4, 5)': lambda: a.reshape(3, 4, 5),
    "reshape(-1, order='F')": lambda: a.reshape(-1, order='F'), "reshape(-1, order='A')": lambda: a.reshape(-1, order='A'),
    'reshape(-1, foo=1)': lambda: a.reshape(-1, foo=1), "reshape(-1, order='C', foo=1)": lambda: a.reshape(-1, order='C', foo=1),
    'reshape()': lambda: a.reshape(), "reshape(order='C')": lambda: a.reshape(order='C'),
    "reshape((60,), order='C')": lambda: a.reshape((60,), order='C'), 'reshape([3, 20])': lambda: a.reshape([3, 20]),
    'reshape(None)': lambda: a.reshape(None), "flatten(order='F')": lambda: a.flatten(order='F'), "flatten('C')": lambda: a.flatten('C'),
    "np.reshape(a, (3, 20), order='F')": lambda: mx.sym.np.reshape(a, (3, 20), order='F'),
    'np.reshape(a, (3, 20))': lambda: mx.sym.np.reshape(a, (3, 20)), 'np.reshape(a, -1)': lambda: mx.sym.np.reshape(a, -1),
}
for tag, make in forms.items():
    show(tag, make, a=(3, 4, 5))
