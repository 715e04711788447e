# Hyper-parameters an update refuses, and where: a rate that is inf, nan or beyond float32 in the fused kernels'
# float tuples (lrs, wds, learning_rates), a begin_num_update that is no number, LAMB's bias_correction read as the
# operators' boolean, and RMSProp / Ftrl / FTML attributes read before the states' dtypes are checked.
# recorded on AVX2
import math
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def run(label, name, dtype='float32', n=1, steps=1, **kw):
    try:
        opt = mx.optimizer.create(name, **kw)
        upd = mx.optimizer.get_updater(opt)
        ws = [nd.array([0.5, -1.0, 2.0], dtype=dtype) for _ in range(n)]
        for t in range(steps):
            gs = [nd.array([0.25, 0.5, -1.5], dtype=dtype) * (t + 1) for _ in range(n)]
            upd(list(range(n)), gs, ws) if n > 1 else upd(0, gs[0], ws[0])
        print(label, [w.asnumpy().tolist() for w in ws], opt.num_update)
    except Exception as e:
        print(label, words(e).splitlines()[0])


for name in ('sgd', 'lamb', 'nag', 'adam'):
    for key in ('learning_rate', 'wd'):
        for value in (math.inf, -math.inf, math.nan, 1e39, 1e-50):
            for dtype, mp in (('float32', False), ('float16', True)):
                run('%s %s=%r %s' % (name, key, value, dtype), name, dtype, n=2, multi_precision=mp, **{key: value})
for lrs in ((math.inf,), (math.nan,), (1e39,), (3.5e38,), (-1e39,)):
    w = nd.ones(3)
    try:
        nd.multi_sgd_update(w, w, out=w, lrs=lrs, wds=(0.,), num_weights=1)
        print('multi_sgd_update', lrs, w.asnumpy().tolist())
    except Exception as e:
        print('multi_sgd_update', lrs, words(e))
for name in ('sgd', 'adam', 'adagrad', 'ftrl', 'lamb', 'rmsprop', 'ccsgd'):
    for begin in (None, '1', 2.5):
        run('%s begin_num_update=%r' % (name, begin), name, begin_num_update=begin)
for bc in (True, False, 1, 0, 'true', 'false', '0', 1.0, 0.0, 2, -1, None, 'yes', np.bool_(False)):
    for n in (1, 2):
        for dtype, mp in (('float32', False), ('float16', True)):
            run('lamb bias_correction=%r n=%d %s' % (bc, n, dtype), 'lamb', dtype, n=n, steps=3, epsilon=0.5,
                learning_rate=0.1, bias_correction=bc, multi_precision=mp)
for name, key in (('rmsprop', 'epsilon'), ('rmsprop', 'gamma1'), ('rmsprop', 'clip_weights'), ('ftrl', 'beta'),
                  ('ftrl', 'lamda1'), ('ftml', 'beta1'), ('ftml', 'epsilon')):
    for value in (None, True, False, 'x', '0.5'):
        for dtype in ('float16', 'float64'):
            run('%s %s=%r %s' % (name, key, value, dtype), name, dtype, **{key: value})
