"""Optimizer updates on a weight, gradient or state whose computation failed (a sampler given scale 0) carry the error to what they write, as MXNet's engine skips them."""
import mxnet as mx


FRESH = []


def failed(shape, dtype='float32'):
    x = mx.nd.random.normal(0, 0, shape=shape, dtype=dtype)
    FRESH.append(x)
    return x


def read(tag, x):
    try:
        values = x.asnumpy().ravel().tolist()
        print(tag, 'unset' if any(x is f for f in FRESH) else values)
    except mx.base.MXNetError as e:
        print(tag, 'MXNetError', str(e).split('MXNetError:')[-1].strip()[:80])


def flat(state):
    if state is None:
        return []
    if isinstance(state, (list, tuple)):
        return [a for s in state for a in flat(s)]
    return [state]


names = ['sgd', 'adam', 'sgld', 'test', 'dcasgd', 'lbsgd', 'nag', 'signum', 'rmsprop', 'adagrad', 'adadelta', 'ftrl',
         'ftml', 'adamax', 'nadam', 'lamb', 'lars', 'groupadagrad']
for name in names:
    for which in ['weight', 'grad', 'state']:
        if name == 'adadelta' and which == 'weight':
            continue        # (MXNet's engine reuses a failed temporary's variable: later temporaries fail too)
        for how in ['update', 'updater']:
            kw = dict(learning_rate=0.1)
            if name in ('sgd', 'nag', 'signum', 'lars', 'lbsgd'):
                kw['momentum'] = 0.9
            o = mx.optimizer.create(name, **kw)
            w = mx.nd.array([[0.5, -1.0, 2.0]])
            st = o.create_state(0, w)
            if which == 'weight':
                w = failed((1, 3))
            g = failed((1, 3)) if which == 'grad' else mx.nd.array([[0.1, 0.2, -0.3]])
            if which == 'state':
                if not flat(st):
                    continue
                st = tuple(failed(s.shape) for s in flat(st)) if isinstance(st, (list, tuple)) else failed(st.shape)
            up = mx.optimizer.get_updater(o)
            if how == 'updater':
                up.states[0] = st
                up.states_synced[0] = True
            for step in range(2):
                try:
                    if how == 'update':
                        o.update(0, w, g, st)
                    else:
                        up(0, g, w)
                    print(name, which, how, step, 'ok')
                except Exception as e:
                    print(name, which, how, step, type(e).__name__, str(e).split('MXNetError:')[-1].strip()[:80])
            read('  weight', w)
            for s in flat(up.states.get(0) if how == 'updater' else st):
                read('  state', s)
            try:
                mx.nd.waitall()
            except mx.base.MXNetError:
                print('  waitall raised')
