"""LAMB keeps the weight's NaN, then the trust-ratio-scaled rate's, over the step's (its phase-two op, its fused multi-tensor kernel through an Updater, and its two-phase update), and adds the weight decay keeping the step's NaN."""
import random

import mxnet as mx
import numpy as np

POS, NEG = np.copysign(np.nan, 1), np.copysign(np.nan, -1)


def hx(a):
    return a.asnumpy().tobytes().hex()


for dt in ['float32', 'float64', 'float16']:
    for w in [1.0, POS, NEG]:
        for g in [0.5, POS, NEG]:
            for r1, r2 in [(3.0, 2.0), (3.0, POS), (NEG, 2.0), (POS, NEG), (NEG, 0.0)]:
                out = mx.nd.lamb_update_phase2(mx.nd.from_numpy(np.full(5, w, dt)), mx.nd.from_numpy(np.full(5, g, dt)),
                                               mx.nd.from_numpy(np.array([r1], dt)), mx.nd.from_numpy(np.array([r2], dt)),
                                               lr=0.1)
                print(dt, w, g, r1, r2, hx(out)[:16])

specials = [POS, NEG, np.inf, -np.inf, 0.0, -0.0, 1.5, -0.75]
rng = random.Random(5)
for trial in range(80):
    dt = rng.choice(['float32', 'float16', 'float64'])
    kw = dict(learning_rate=rng.choice([0.01, 1.0]), wd=rng.choice([0.0, 0.1]), multi_precision=rng.random() < 0.5,
              bias_correction=rng.random() < 0.5)
    if rng.random() < 0.3:
        kw['clip_gradient'] = 0.3
    if rng.random() < 0.3:
        kw['lower_bound'] = 0.1
    if rng.random() < 0.3:
        kw['upper_bound'] = 2.0
    how = rng.choice(['updater', 'update'])
    opt = mx.optimizer.create('lamb', **kw)
    updater = mx.optimizer.get_updater(opt)
    sizes = [rng.choice([1, 2, 5, 17]) for _ in range(rng.choice([1, 2, 3]))]

    def values(n):
        return mx.nd.from_numpy(np.array([rng.choice(specials) if rng.random() < 0.3 else rng.uniform(-2, 2)
                                          for _ in range(n)], dtype=dt))
    weights = [values(n) for n in sizes]
    states = [opt.create_state_multi_precision(i, w) for i, w in enumerate(weights)]
    for step in range(3):
        grads = [values(n) for n in sizes]
        if how == 'updater':
            updater(list(range(len(sizes))), grads, weights)
        else:
            for i in range(len(sizes)):
                opt.update_multi_precision(i, weights[i], grads[i], states[i])
    print(trial, dt, sorted(kw.items()), how, sizes, [hx(x) for x in weights])
