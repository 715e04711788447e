"""Update ops given inputs or out= arrays of another dtype or shape: the words and source copies of MXNet's agreement checks (plain, mixed-precision, multi-weight, preloaded, LAMB phase 2, AdamW), without extra text."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        r = [x.asnumpy().tolist() for x in r] if isinstance(r, (list, tuple)) else r.asnumpy().tolist()
        print(label, '->', r)
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))


def A(dt, s=(2,)):
    return nd.ones(s, dtype=dt)


ONE_WEIGHT = {      # op: (input dtypes, attributes)
    'sgd_update': (['float32'] * 2, dict(lr=0.1)), 'sgd_mom_update': (['float32'] * 3, dict(lr=0.1)),
    'nag_mom_update': (['float32'] * 3, dict(lr=0.1)), 'adam_update': (['float32'] * 4, dict(lr=0.1)),
    'rmsprop_update': (['float32'] * 3, dict(lr=0.1)), 'rmspropalex_update': (['float32'] * 5, dict(lr=0.1)),
    'ftrl_update': (['float32'] * 4, dict(lr=0.1)), 'ftml_update': (['float32'] * 5, dict(lr=0.1, t=1)),
    'signsgd_update': (['float32'] * 2, dict(lr=0.1)), 'signum_update': (['float32'] * 3, dict(lr=0.1)),
    'lamb_update_phase1': (['float32'] * 4, dict(t=1, wd=0.)),
    'mp_sgd_update': (['float16'] * 2 + ['float32'], dict(lr=0.1)),
    'mp_sgd_mom_update': (['float16'] * 2 + ['float32'] * 2, dict(lr=0.1)),
    'mp_nag_mom_update': (['float16'] * 2 + ['float32'] * 2, dict(lr=0.1)),
    'mp_lamb_update_phase1': (['float16'] * 2 + ['float32'] * 3, dict(t=1, wd=0.)),
}
for name, (dts, kw) in ONE_WEIGHT.items():
    f = getattr(nd, name)
    for pos in range(len(dts)):
        for bad in ['float64', 'float16', 'int32']:
            if dts[pos] != bad:
                given = dts[:pos] + [bad] + dts[pos + 1:]
                show('%s input %d %s' % (name, pos, bad), lambda: f(*[A(d) for d in given], **kw))
        show('%s shape %d' % (name, pos), lambda: f(*[A(d, (3,) if i == pos else (2,)) for i, d in enumerate(dts)],
                                                    **kw))
    for od in ['float64', 'float16', 'float32']:
        show('%s out %s' % (name, od), lambda: f(*[A(d) for d in dts], out=A(od), **kw))
    show('%s out shape' % name, lambda: f(*[A(d) for d in dts], out=A(dts[0], (3,)), **kw))

H, F, D, F1 = (lambda: A('float16')), (lambda: A('float32')), (lambda: A('float64')), (lambda: A('float32', (1,)))
OTHERS = {      # op: (call on the arrays and out=, makers of the arrays it takes)
    'multi_mp_sgd': (lambda a, o: nd.multi_mp_sgd_update(*a, lrs=(0.1,), wds=(0.,), num_weights=1, out=o), [H, H, F]),
    'multi_mp_sgd_mom': (lambda a, o: nd.multi_mp_sgd_mom_update(*a, lrs=(0.1,), wds=(0.,), num_weights=1, out=o),
                         [H, H, F, F]),
    'pre_mp_sgd': (lambda a, o: nd.preloaded_multi_mp_sgd_update(*a, F1(), F1(), num_weights=1, out=o), [H, H, F]),
    'pre_mp_sgd_mom': (lambda a, o: nd.preloaded_multi_mp_sgd_mom_update(*a, F1(), F1(), num_weights=1, out=o),
                       [H, H, F, F]),
    'multi_sgd': (lambda a, o: nd.multi_sgd_update(*a, lrs=(0.1,), wds=(0.,), num_weights=1, out=o), [F, F]),
    'pre_sgd': (lambda a, o: nd.preloaded_multi_sgd_update(*a, F1(), F1(), num_weights=1, out=o), [F, F]),
    'mp_lamb2': (lambda a, o: nd.mp_lamb_update_phase2(a[0], a[1], F1(), F1(), a[2], lr=0.1, out=o), [H, F, F]),
    'lamb2': (lambda a, o: nd.lamb_update_phase2(a[0], a[1], F1(), F1(), lr=0.1, out=o), [F, F]),
    'mp_adamw': (lambda a, o: nd.contrib.mp_adamw_update(a[0], a[1], F(), F(), a[2], F1(), lr=0.1, eta=1., out=o),
                 [H, H, F]),
    'adamw': (lambda a, o: nd.contrib.adamw_update(*a, F1(), lr=0.1, eta=1., out=o), [F, F, F, F]),
}
NAMES = {D: 'float64', H: 'float16', F: 'float32'}
for name, (f, makers) in OTHERS.items():
    for od in [D, H, F]:
        show('%s out %s' % (name, NAMES[od]), lambda: f([m() for m in makers], od()))
    for pos in range(len(makers)):
        for bad in [D, H, F]:
            if bad is not makers[pos]:
                args = [m() for m in makers]
                args[pos] = bad()
                show('%s input %d %s' % (name, pos, NAMES[bad]), lambda: f(args, makers[0]()))
