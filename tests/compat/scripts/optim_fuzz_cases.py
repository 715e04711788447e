# Seeded random cases of every registered optimizer (through the Updater or update_multi_precision) and of the
# update operators (random attributes, dtypes, out=, wrong dtypes/shapes/counts); each prints a digest of every
# weight, state and output, bit for bit, or the error class.
import hashlib
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')
NAMES = sorted(mx.optimizer.Optimizer.opt_registry)


def digest(arrays):
    h = hashlib.md5()
    for a in arrays:
        h.update(str(a.dtype).encode() + str(a.shape).encode() + np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:12]


def pick(r, *xs):
    return xs[r.randint(len(xs))]


def scheduler(r):
    common = dict(base_lr=pick(r, 0.1, 0.5), warmup_steps=pick(r, 0, 2), warmup_mode=pick(r, 'linear', 'constant'))
    k = r.randint(4)
    if k == 0:
        return mx.lr_scheduler.FactorScheduler(step=1, factor=pick(r, 0.5, 0.9), stop_factor_lr=0.02, **common)
    if k == 1:
        return mx.lr_scheduler.MultiFactorScheduler(step=[3, 4], factor=0.5, **common)
    if k == 2:
        return mx.lr_scheduler.PolyScheduler(max_update=5, pwr=pick(r, 1, 2), final_lr=0.001, **common)
    return mx.lr_scheduler.CosineScheduler(max_update=5, final_lr=0.001, **common)


EXTRA = {
    'sgd': lambda r: dict(momentum=pick(r, 0.0, 0.9), lazy_update=pick(r, True, False)),
    'nag': lambda r: dict(momentum=pick(r, 0.0, 0.9)),
    'lars': lambda r: dict(momentum=pick(r, 0.0, 0.9), eta=pick(r, 0.001, 0.1), eps=pick(r, 0, 1e-3),
                           momentum_correction=pick(r, True, False)),
    'lbsgd': lambda r: dict(momentum=pick(r, 0.0, 0.9), warmup_strategy=pick(r, 'linear', 'power2', 'sqrt'),
                            warmup_epochs=1, batch_scale=pick(r, 1, 2), updates_per_epoch=2),
    'lamb': lambda r: dict(beta1=pick(r, 0.9, 0.5), epsilon=pick(r, 1e-6, 1e-3), bias_correction=pick(r, True, False),
                           lower_bound=pick(r, None, 0.1, 1.0), upper_bound=pick(r, None, 0.5, 2.0)),
    'rmsprop': lambda r: dict(centered=pick(r, True, False), clip_weights=pick(r, None, 0.5)),
    'signum': lambda r: dict(momentum=pick(r, 0.0, 0.9), wd_lh=pick(r, 0.0, 0.0, 0.1)),
    'ftrl': lambda r: dict(lamda1=pick(r, 0.01, 0.1), beta=pick(r, 1, 0.5)),
    'ftml': lambda r: dict(beta1=pick(r, 0.6, 0.9), epsilon=pick(r, 1e-8, 1e-3)),
    'dcasgd': lambda r: dict(momentum=pick(r, 0.0, 0.9), lamda=pick(r, 0.04, 0.5)),
}


def optimizer_case(case):
    r = np.random.RandomState(case)
    name = NAMES[case % len(NAMES)]
    kw = dict(learning_rate=pick(r, 0.1, 0.01, 0.5), wd=pick(r, 0.0, 0.1, 1e-4), rescale_grad=pick(r, 1.0, 0.5, 1 / 3),
              multi_precision=pick(r, True, False))
    if r.rand() < 0.4:
        kw['clip_gradient'] = pick(r, 0.5, 0.1, -1.0, 0.0)
    if r.rand() < 0.3:
        kw['begin_num_update'] = 2
    if r.rand() < 0.3:
        kw.pop('learning_rate')
        kw['lr_scheduler'] = scheduler(r)
    kw.update(EXTRA.get(name, lambda r: {})(r))
    if name == 'groupadagrad':
        kw['wd'] = 0.0
    dtype = pick(r, 'float32', 'float16', 'float64')
    n = int(r.randint(1, 4))
    names = {i: pick(r, 'fc%d_weight' % i, 'fc%d_bias' % i, 'bn%d_gamma' % i) for i in range(n)}
    if r.rand() < 0.5:
        kw['param_idx2name'] = names
    weights = [nd.array(r.randn(int(r.randint(1, 4)), int(r.randint(1, 5))), dtype=dtype) for _ in range(n)]
    steps, mode = int(r.randint(1, 4)), pick(r, 'list', 'each', 'direct')
    try:
        mx.random.seed(case)
        opt = mx.optimizer.create(name, **kw)
        if r.rand() < 0.3:
            opt.set_lr_mult({names[0]: 0.5, 1: 2.0})
            opt.set_wd_mult({0: 2.0})
        upd, states = mx.optimizer.get_updater(opt), {}
        for _ in range(steps):
            grads = [nd.array(r.randn(*w.shape) * pick(r, 0.1, 1, 10), dtype=dtype) for w in weights]
            if mode == 'list':
                upd(list(range(n)), grads, weights)
            elif mode == 'each':
                for i in range(n):
                    upd(i, grads[i], weights[i])
            else:
                for i in range(n):
                    if i not in states:
                        states[i] = opt.create_state_multi_precision(i, weights[i])
                    opt.update_multi_precision(i, weights[i], grads[i], states[i])
        states = upd.states if mode != 'direct' else states
        flat = []

        def collect(x):
            if isinstance(x, (list, tuple)):
                for y in x:
                    collect(y)
            elif x is not None:
                flat.append(x.asnumpy())
        collect([states[i] for i in sorted(states)])
        result = 'ok %s %s %d' % (digest([w.asnumpy() for w in weights]), digest(flat), opt.num_update)
    except Exception as e:
        result = type(e).__name__
    print('opt', case, name, dtype, mode, result)


def common(r):
    kw = {}
    if r.rand() < 0.5:
        kw['wd'] = pick(r, 0.0, 0.1)
    if r.rand() < 0.5:
        kw['rescale_grad'] = pick(r, 0.5, 2.0, 1 / 3)
    if r.rand() < 0.4:
        kw['clip_gradient'] = pick(r, 0.5, 0.1, -1.0, 0.0)
    return kw


def lr(r):
    return dict(lr=pick(r, 0.1, 0.01, 0.5))


def no_wd(r):
    kw = common(r)
    kw.pop('wd', None)
    return kw


# roles per weight: w weight, g gradient, s state (weight dtype), W/G float16 weight/gradient, S float32 state,
# M float32 master copy, F float32 step, R norm (weight dtype), X rescale array, '*' several weights, P lrs/wds arrays
OPS = {
    'sgd_update': ('wg', lambda r: dict(lr(r), **common(r))),
    'sgd_mom_update': ('wgs', lambda r: dict(lr(r), momentum=pick(r, 0.9, 0.0), **common(r))),
    'mp_sgd_mom_update': ('WGSM', lambda r: dict(lr(r), momentum=pick(r, 0.9, 0.0), **common(r))),
    'nag_mom_update': ('wgs', lambda r: dict(lr(r), momentum=pick(r, 0.9, 0.0), **common(r))),
    'mp_nag_mom_update': ('WGSM', lambda r: dict(lr(r), momentum=pick(r, 0.9, 0.0), **common(r))),
    'adam_update': ('wgss', lambda r: dict(lr(r), beta1=pick(r, 0.9, 0.5), epsilon=pick(r, 1e-8, 1e-3), **common(r))),
    'rmsprop_update': ('wgs', lambda r: dict(lr(r), clip_weights=pick(r, -1.0, 0.5, 0.0), **common(r))),
    'rmspropalex_update': ('wgsss', lambda r: dict(lr(r), clip_weights=pick(r, -1.0, 0.5), **common(r))),
    'ftrl_update': ('wgss', lambda r: dict(lr(r), lamda1=pick(r, 0.01, 0.1), **common(r))),
    'ftml_update': ('wgsss', lambda r: dict(lr(r), t=int(r.randint(1, 4)), epsilon=pick(r, 1e-8, 1e-3), **no_wd(r))),
    'signum_update': ('wgs', lambda r: dict(lr(r), momentum=pick(r, 0.9, 0.0), wd_lh=pick(r, 0.0, 0.1), **common(r))),
    'lamb_update_phase1': ('wgss', lambda r: dict(t=int(r.randint(1, 4)), wd=0.01, beta1=pick(r, 0.9, 0.5),
                                                  bias_correction=pick(r, True, False), **no_wd(r))),
    'mp_lamb_update_phase1': ('WGSSM', lambda r: dict(t=int(r.randint(1, 4)), wd=0.01, **no_wd(r))),
    'lamb_update_phase2': ('wgRR', lambda r: dict(lr(r), lower_bound=pick(r, -1.0, 0.1),
                                                  upper_bound=pick(r, -1.0, 10.))),
    'mp_lamb_update_phase2': ('WFRRM', lambda r: dict(lr(r), lower_bound=pick(r, -1.0, 2.0))),
    'multi_sgd_mom_update': ('wgs*', lambda r: dict(momentum=pick(r, 0.9, 0.0), **no_wd(r))),
    'multi_mp_sgd_update': ('WGM*', no_wd),
    'preloaded_multi_sgd_update': ('wg*P', no_wd),
    'preloaded_multi_sgd_mom_update': ('wgs*P', lambda r: dict(momentum=pick(r, 0.9, 0.0), **no_wd(r))),
    'preloaded_multi_mp_sgd_mom_update': ('WGSM*P', lambda r: dict(momentum=pick(r, 0.9, 0.0), **no_wd(r))),
    'contrib.adamw_update': ('wgssX', lambda r: dict(lr(r), eta=pick(r, 1.0, 0.5), epsilon=pick(r, 1e-8, 1e-3),
                                                     wd=pick(r, 0.0, 0.1))),
    'contrib.mp_adamw_update': ('WGSSMX', lambda r: dict(lr(r), eta=1.0, clip_gradient=pick(r, -1.0, 0.0, 0.5))),
    'multi_sum_sq': ('a*', lambda r: {}),
    'multi_lars': ('L', lambda r: dict(eta=pick(r, 0.001, 0.1), eps=pick(r, 0.0, 1e-3),
                                       rescale_grad=pick(r, 1.0, 0.5))),
}
OP_NAMES = sorted(OPS)


def op_case(case):
    r = np.random.RandomState(1000 + case)
    name = OP_NAMES[case % len(OP_NAMES)]
    roles, gen = OPS[name]
    kw = gen(r)
    dt = pick(r, 'float32', 'float16', 'float64')
    multi = '*' in roles
    per = roles.split('*')[0]
    nw = int(r.randint(1, 3)) if multi else 1
    inputs = []
    for _ in range(nw):
        shape = (int(r.randint(1, 4)), int(r.randint(1, 5)))
        for role in per:
            if role == 'L':
                k = int(r.randint(1, 4))
                inputs += [nd.array(r.rand(k) * s, dtype=pick(r, 'float32', 'float32', dt)) for s in (0.5, 4, 4, 0.1)]
            elif role == 'R':
                inputs.append(nd.array([abs(r.randn()) * pick(r, 1, 0)], dtype=dt))
            elif role == 'X':
                inputs.append(nd.array([pick(r, 1.0, 0.5)], dtype=pick(r, 'float32', 'float32', dt)))
            else:
                d = 'float16' if role in 'WG' else 'float32' if role in 'SMF' else dt
                v = r.randn(*shape) * (pick(r, 0.1, 10) if role in 'gGa' else 1)
                inputs.append(nd.array(np.abs(v) * 0.1 if role in 'sS' else v, dtype=d))
    if 'M' in per:
        for k in range(nw):
            inputs[k * len(per) + per.index('M')] = inputs[k * len(per) + per.index('W')].astype('float32')
    if multi and name != 'multi_sum_sq':
        kw['num_weights'] = nw
        rates = [[pick(r, 0.1, 0.5) for _ in range(nw)], [pick(r, 0.0, 0.1) for _ in range(nw)]]
        if roles.endswith('P'):
            inputs += [nd.array(x, dtype='float32') for x in rates]
        else:
            kw['lrs'], kw['wds'] = rates
    elif multi:
        kw['num_arrays'] = nw
    fault = r.randint(8)
    if fault == 0 and len(inputs) > 1:
        inputs[1] = inputs[1].astype(pick(r, 'float16', 'float32', 'float64'))
    elif fault == 1 and len(inputs) > 1:
        inputs[1] = nd.ones((5, 5), dtype=inputs[1].dtype)
    elif fault == 2:
        inputs = inputs[:-1]
    use_out = multi and name != 'multi_sum_sq' or r.rand() < 0.3 and name not in ('multi_sum_sq', 'multi_lars')
    fn = nd
    for part in name.split('.'):
        fn = getattr(fn, part)
    try:
        if use_out:
            outs = [inputs[k * len(per)] for k in range(nw)] if multi else inputs[0]
            ret = fn(*inputs, out=outs, **kw)
        else:
            ret = fn(*inputs, **kw)
        rets = list(ret) if isinstance(ret, (list, tuple)) else [ret]
        result = 'ok %s %s' % (digest([x.asnumpy() for x in rets]), digest([x.asnumpy() for x in inputs]))
    except Exception as e:
        result = type(e).__name__
    print('op', case, name, dt, result)


for case in range(76):
    optimizer_case(case)
for case in range(120):
    op_case(case)
