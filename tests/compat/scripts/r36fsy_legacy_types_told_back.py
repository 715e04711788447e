"""Legacy symbol type inference over every one-input operator: an output's dtype told back to unknown inputs (the random_pdf_* ops too), forward dtypes, and BatchNorm's refusal of an integer dtype told by its output (at its own check)."""
import warnings

import mxnet as mx

warnings.simplefilter('ignore')
SKIP = {'load', 'load_json', 'var', 'Variable', 'Group', 'fromjson', 'zeros', 'ones', 'full', 'arange', 'linspace',
        'eye', 'Symbol', 'AttrScope', 'NameManager', 'Prefix', 'Context', 'cpu', 'gpu', 'Executor', 'histogram',
        'split_v2', 'load_ndarray', 'Custom', 'preloaded_multi_sgd_mom_update', 'preloaded_multi_sgd_update',
        'preloaded_multi_mp_sgd_update', 'preloaded_multi_mp_sgd_mom_update'}


def show(tag, sym, **given):
    try:
        args, outs, _ = sym.infer_type_partial(**given)
        print(tag, [getattr(t, '__name__', t) for t in args], [getattr(t, '__name__', t) for t in outs])
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
    for dt in ('float16', 'int32'):
        show(f'{name} +a:{dt}', sym + mx.sym.var('a'), a=dt)
    show(name, sym)
    for dt in ('int32', 'float16', 'uint8'):
        show(f'{name} data:{dt}', sym, data=dt)

for dt in ('bool', 'uint8', 'int8', 'float64'):
    show(f'BatchNorm told {dt}', mx.sym.BatchNorm(mx.sym.var('d'), name='bn') + mx.sym.var('a'), a=dt)
    show(f'BatchNorm given {dt}', mx.sym.BatchNorm(mx.sym.var('d'), name='bn'), d=dt)
