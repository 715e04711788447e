"""Forward hooks and pre-hooks on nested blocks before and after hybridize (warnings, inputs seen), with summary(), raising or non-callable hooks, and HookHandle's attributes."""
import warnings
from mxnet import nd
from mxnet.gluon import nn
def C(name, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
            print(name, '->', repr(r) if not isinstance(r, str) else r)
        except Exception as e:
            print(name, '!!', type(e).__name__, str(e).split('\n')[0][:200])
    for x in w:
        print('   warn', x.category.__name__, str(x.message)[:200])
def k1():
    log = []
    n = nn.HybridSequential(); n.add(nn.Dense(2, in_units=2), nn.Dense(1, in_units=2)); n.initialize(init='ones')
    for b in [n, n[0], n[1]]:
        b.register_forward_pre_hook(lambda blk, x: log.append(('pre', blk.name, [type(a).__name__ for a in x])))
        b.register_forward_hook(lambda blk, x, y: log.append(('post', blk.name, type(y).__name__)))
    n(nd.ones((1, 2))); n.hybridize(); n(nd.ones((1, 2))); n(nd.ones((1, 2))); return log
C('hooks_hyb', k1)
def k2():
    log = []
    n = nn.HybridSequential(); n.add(nn.Dense(2, in_units=2)); n.initialize()
    h = n[0].register_forward_hook(lambda blk, x, y: log.append(1)); n.summary(nd.ones((1, 2))); n(nd.ones((1, 2))); return log, list(n[0]._forward_hooks.keys()) == [h.id] if hasattr(h, 'id') else len(n[0]._forward_hooks)
C('hooks_summary', k2)
def k3():
    n = nn.Dense(2, in_units=2); n.initialize()
    h = n.register_forward_hook(lambda blk, x, y: 1)
    return type(h).__name__, [a for a in dir(h) if not a.startswith('__')]
C('hook_handle_dir', k3)
def k4():
    n = nn.Dense(2, in_units=2); n.initialize()
    n.register_forward_pre_hook(lambda blk, x: 1/0); return n(nd.ones((1, 2)))
C('hook_raises', k4)
def k5():
    n = nn.Dense(2, in_units=2); n.initialize()
    n.register_forward_hook(5); return n(nd.ones((1, 2)))
C('hook_not_callable', k5)
