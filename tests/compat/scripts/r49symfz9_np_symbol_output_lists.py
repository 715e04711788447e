"""mx.sym.np functions of several outputs (svd, slogdet, eig, eigh, unique, topk, split) return a list of symbols, and hsplit, split and array_split a list even of one, whose element is the split's output itself, as MXNet does."""
import json

import mxnet as mx

mx.npx.set_np()
a = mx.sym.var('a').as_np_ndarray()
S = mx.sym.np
calls = {
    'hsplit 1': lambda: S.hsplit(a, 1), 'hsplit 2': lambda: S.hsplit(a, 2), 'hsplit idx': lambda: S.hsplit(a, [1, 2]),
    'dsplit 1': lambda: S.dsplit(a, 1), 'dsplit 3': lambda: S.dsplit(a, 3), 'vsplit 1': lambda: S.vsplit(a, 1),
    'split 1': lambda: S.split(a, 1), 'split 2': lambda: S.split(a, 2), 'array_split 1': lambda: S.array_split(a, 1),
    'array_split 3': lambda: S.array_split(a, 3), 'unique': lambda: S.unique(a, return_counts=True),
    'svd': lambda: S.linalg.svd(a), 'slogdet': lambda: S.linalg.slogdet(a), 'eigh': lambda: S.linalg.eigh(a),
    'eig': lambda: S.linalg.eig(a), 'topk': lambda: mx.sym.npx.topk(a, ret_typ='both'),
    'atleast_1d 2': lambda: S.atleast_1d(a, a), 'atleast_2d 1': lambda: S.atleast_2d(a),
}
for name, call in calls.items():
    s = call()
    if isinstance(s, (list, tuple)):
        print(name, type(s).__name__, len(s), [type(x).__name__ for x in s], [x.list_outputs() for x in s])
    else:
        print(name, type(s).__name__, s.list_outputs())

first = S.hsplit(a, 1)[0]
print(first.list_outputs(), [n['op'] for n in json.loads(first.tojson())['nodes']])
for shape in [(4, 2), (2, 4, 2)]:
    print(shape, first.infer_shape_partial(a=shape), (S.hsplit(a, 2)[1] * 2).infer_shape(a=shape))
u, s, v = S.linalg.svd(a)
print((u + 1).list_outputs(), S.linalg.slogdet(a)[1].infer_shape(a=(3, 3)))
ex = (S.hsplit(a, 2)[1] * 2).simple_bind(mx.cpu(), a=(2, 4))
ex.arg_dict['a'][:] = mx.np.arange(8).reshape(2, 4).asnumpy()
print(ex.forward()[0].asnumpy().tolist())
