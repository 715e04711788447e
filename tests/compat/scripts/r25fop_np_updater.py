# Every registered optimizer through mx.optimizer.get_updater on mx.np arrays (npx.set_np()): seeded options,
# float16/32/64 weights, one index at a time or lists; and LARS refusing a 0-d weight as its multi_sum_sq does.
# recorded on AVX2
import warnings
import numpy as np
import mxnet as mx
from _words import words

mx.npx.set_np()
warnings.simplefilter('ignore')
NAMES = sorted(mx.optimizer.Optimizer.opt_registry)
EXTRA = {'sgd': ('momentum', 0.9), 'nag': ('momentum', 0.9), 'rmsprop': ('centered', True), 'lars': ('eta', 0.1),
         'signum': ('wd_lh', 0.1), 'dcasgd': ('momentum', 0.9), 'lamb': ('bias_correction', False),
         'ftrl': ('lamda1', 0.1), 'adam': ('beta1', 0.5), 'lbsgd': ('warmup_strategy', 'power2')}
for case in range(len(NAMES) * 4):
    r = np.random.RandomState(case)
    mx.random.seed(case)
    name = NAMES[case % len(NAMES)]
    kw = dict(learning_rate=[0.1, 0.5][r.randint(2)])
    if r.rand() < 0.5 and name in EXTRA:
        kw[EXTRA[name][0]] = EXTRA[name][1]
    if r.rand() < 0.3:
        kw['clip_gradient'] = 0.5
    if r.rand() < 0.3 and name != 'groupadagrad':
        kw['wd'] = 0.01
    dtype = ['float32', 'float16', 'float64'][case // len(NAMES) % 3]
    if dtype == 'float16':
        kw['multi_precision'] = True
    shapes = [(2, 3), (3, 1)][:1 + r.randint(2)]
    try:
        opt = mx.optimizer.create(name, **kw)
        upd = mx.optimizer.get_updater(opt)
        ws = [mx.np.array(r.uniform(-1, 1, s), dtype=dtype) for s in shapes]
        for t in range(2):
            gs = [mx.np.array(r.uniform(-2, 2, s), dtype=dtype) for s in shapes]
            if t:
                upd(list(range(len(ws))), gs, ws)
            else:
                for i in range(len(ws)):
                    upd(i, gs[i], ws[i])
        print(case, name, sorted(kw.items()), dtype, [w.asnumpy().tolist() for w in ws], opt.num_update)
    except Exception as e:
        print(case, name, sorted(kw.items()), dtype, words(e).splitlines()[0])
for name in ('lars', 'sgd', 'lamb', 'adam'):
    try:
        upd = mx.optimizer.get_updater(mx.optimizer.create(name))
        w = mx.np.array(2.0)
        upd(0, mx.np.array(1.0), w)
        print(name, '0-d', w.item())
    except Exception as e:
        print(name, '0-d', repr(words(e)))
