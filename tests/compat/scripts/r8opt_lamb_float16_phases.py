# LAMB on float16 weights one weight at a time (lamb_update_phase1/phase2; the Updater takes this path with
# MXNET_OPTIMIZER_AGGREGATION_SIZE=1): the bias correction divides by 1 - beta1**t rounded to a half.
import hashlib

import mxnet as mx
from mxnet import nd
import numpy as np


def digest(array):
    return hashlib.md5(array.asnumpy().tobytes()).hexdigest()[:16]


for seed in range(12):
    rng = np.random.RandomState(seed)
    kwargs = dict(learning_rate=0.5, wd=1e-4, lower_bound=[None, 0.1][seed % 2], bias_correction=seed % 3 != 2)
    opt = mx.optimizer.create('lamb', **kwargs)
    weight = nd.array(rng.uniform(-2, 2, (4, 3)), dtype='float16')
    state = tuple(s.astype('float16') for s in opt.create_state(0, weight.astype('float32')))
    steps = []
    for _ in range(8):
        opt.update(0, weight, nd.array(rng.uniform(-3, 3, (4, 3)), dtype='float16'), state)
        steps.append(digest(weight)[:6])
    print(seed, kwargs['lower_bound'], kwargs['bias_correction'], ' '.join(steps))
rng = np.random.RandomState(0)
weight, grad = (nd.array(rng.uniform(-2, 2, (4, 3)), dtype='float16') for _ in range(2))
mean, var = nd.zeros((4, 3), dtype='float16'), nd.zeros((4, 3), dtype='float16')
for t in range(1, 9):
    g = nd.lamb_update_phase1(weight, grad, mean, var, t=t, wd=1e-4)
    print('phase1 t=%d' % t, digest(g), digest(mean), digest(var))
