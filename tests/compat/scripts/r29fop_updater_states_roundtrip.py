"""get_updater states saved and loaded again (with and without the optimizer) for several optimizers: the states, the counts and the next updates; set_states of bytes that hold no states dict."""
# recorded on AVX2
import mxnet as mx
import numpy as np
import pickle
import warnings
warnings.simplefilter("ignore")
def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, 'raises', type(e).__name__, str(e).splitlines()[0][:200] if str(e) else '')

for name, kw in [('sgd', {'momentum': 0.9}), ('adam', {}), ('rmsprop', {'centered': True}), ('ftml', {}), ('nag', {}), ('lamb', {}), ('dcasgd', {}), ('lbsgd', {'momentum': 0.9, 'batch_scale': 2}), ('adagrad', {}), ('signum', {}), ('sgd', {'multi_precision': True, 'momentum': 0.9})]:
    o = mx.optimizer.create(name, **kw)
    u = mx.optimizer.get_updater(o)
    dt = 'float16' if kw.get('multi_precision') else 'float32'
    ws = [mx.nd.ones((2, 3), dtype=dt) * (i + 1) for i in range(2)]
    for step in range(2):
        for i, w in enumerate(ws):
            u(i, mx.nd.ones((2, 3), dtype=dt) * 0.1 * (step + 1), w)
    s = u.get_states(dump_optimizer=False)
    s2 = u.get_states(dump_optimizer=True)
    u2 = mx.optimizer.get_updater(mx.optimizer.create(name, **kw))
    u2.set_states(s)
    show(name + ' states keys', lambda: sorted(u2.states.keys()))
    show(name + ' states kinds', lambda: {k: type(v).__name__ for k, v in u2.states.items()})
    show(name + ' synced', lambda: u2.states_synced)
    ws2 = [w.copy() for w in ws]
    for i, w in enumerate(ws):
        u(i, mx.nd.ones((2, 3), dtype=dt) * 0.3, w)
        u2(i, mx.nd.ones((2, 3), dtype=dt) * 0.3, ws2[i])
    show(name + ' same after load', lambda: [bool((a == b).asnumpy().all()) for a, b in zip(ws, ws2)])
    u3 = mx.optimizer.get_updater(mx.optimizer.create('sgd'))
    u3.set_states(s2)
    show(name + ' dump_optimizer type', lambda: (type(u3.optimizer).__name__, u3.optimizer.num_update, dict(u3.optimizer._index_update_count)))
    show(name + ' opt attrs', lambda: sorted(k for k in vars(u3.optimizer) if not k.startswith('_')))
    show(name + ' counts', lambda: (o.num_update, dict(o._index_update_count)))
show('set_states bad', lambda: mx.optimizer.get_updater(mx.optimizer.SGD()).set_states(b'garbage'))
show('set_states pickled list', lambda: mx.optimizer.get_updater(mx.optimizer.SGD()).set_states(pickle.dumps([1, 2])))
u = mx.optimizer.get_updater(mx.optimizer.SGD(momentum=0.9))
w = mx.nd.ones((2,))
u(0, mx.nd.ones((2,)), w)
u('a', mx.nd.ones((2,)), w)
show('str keys', lambda: sorted(map(str, u.states.keys())))
show('states repr', lambda: u.states[0])
show('sync', lambda: u.sync_state_context(u.states[0], mx.cpu()))
show('getstates', lambda: type(u.get_states()).__name__)
u4 = mx.optimizer.get_updater(mx.optimizer.SGD(momentum=0.9))
u4([0, 1], [mx.nd.ones((2,)), mx.nd.ones((2,))], [mx.nd.ones((2,)), mx.nd.ones((2,))])
show('list call', lambda: sorted(u4.states.keys()))
show('aggregate', lambda: u4.aggregate_updates)
