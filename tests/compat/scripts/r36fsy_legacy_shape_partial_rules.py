"""Legacy symbol shape inference over every one-input operator (full, partial, unknown and vector data, shapes told back by the output), cumsum's refusal of unknown sizes, trmm/trsm operands from the output, BilinearSampler's data rank check, broadcast_axis waiting for known data, and ravel's shape parameter checked first."""
import warnings

import mxnet as mx

warnings.simplefilter('ignore')
SKIP = {'load', 'load_json', 'var', 'Variable', 'Group', 'fromjson', 'zeros', 'ones', 'full', 'arange', 'linspace',
        'eye', 'Symbol', 'AttrScope', 'NameManager', 'Prefix', 'Context', 'cpu', 'gpu', 'Executor', 'histogram',
        'split_v2', 'load_ndarray', 'Custom', 'preloaded_multi_sgd_mom_update', 'preloaded_multi_sgd_update',
        'preloaded_multi_mp_sgd_update', 'preloaded_multi_mp_sgd_mom_update'}


def show(tag, sym, **given):
    try:
        print(tag, sym.infer_shape_partial(**given))
    except Exception as e:
        print(tag, type(e).__name__, str(e).split('\n')[0].split('] ')[-1][:200])


for name in sorted(n for n in dir(mx.sym) if not n.startswith('_') and callable(getattr(mx.sym, n))):
    if name in SKIP:
        continue
    try:
        sym = getattr(mx.sym, name)(mx.sym.var('data'), name='x')
    except Exception:
        continue
    sym = sym if len(sym.list_outputs()) == 1 else sym[0]
    show(name + ' full', sym, data=(2, 3, 4, 5))
    show(name + ' part', sym, data=(0, 3, 4, 5))
    show(name + ' none', sym)
    show(name + ' back', sym + mx.sym.var('a'), a=(2, 3, 4, 5))
    show(name + ' vec', sym, data=(6,))

A, B, a, d = mx.sym.var('A'), mx.sym.var('B'), mx.sym.var('a'), mx.sym.var('d')
for op in ('trmm', 'trsm'):
    for kw in ({}, {'rightside': True}, {'transpose': True}, {'rightside': True, 'transpose': True}):
        s = getattr(mx.sym.linalg, op)(A, B, **kw)
        show(f'{op} {kw} back', s + a, a=(2, 4, 5))
        show(f'{op} {kw} back B', s + a, a=(2, 4, 5), B=(2, 4, 5))
        show(f'{op} {kw} back A', s + a, a=(2, 4, 5), A=(2, 4, 4))
        show(f'{op} {kw} back 2-D', s + a, a=(4, 5))
        show(f'{op} {kw} back partial', s + a, a=(0, 4, 5))

bs = mx.sym.BilinearSampler(d, mx.sym.var('g'), name='bs')
for dshape in ((6,), (0, 3), (2, 3, 4), (0, 3, 4, 5), None):
    for gshape in (None, (2, 2, 4, 5), (2, 3)):
        given = {k: v for k, v in (('d', dshape), ('g', gshape)) if v is not None}
        show(f'BilinearSampler {dshape} {gshape}', bs, **given)

for kw in ({}, {'axis': 1, 'size': 3}, {'axis': (0, 1), 'size': (2, 3)}):
    for op in (mx.sym.broadcast_axis, mx.sym.broadcast_axes):
        for shape in ((0, 1, 4), (2, 1, 0), (2, 1, 4)):
            show(f'{op.__name__} {kw} {shape}', op(d, **kw), d=shape)

for kw in ({}, {'axis': 0}):
    show(f'cumsum {kw} unknown', mx.sym.cumsum(d, **kw))
    show(f'cumsum {kw} partial', mx.sym.cumsum(d, **kw), d=(0, 3))
    show(f'cumsum {kw} back', mx.sym.cumsum(d, **kw) + a, a=(6,))
mx.npx.set_np()
show('np cumsum unknown', mx.sym.np.cumsum(d.as_np_ndarray()))
show('np cumsum partial', mx.sym.np.cumsum(d.as_np_ndarray()), d=(-1, 3))
