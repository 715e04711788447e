# Optimizers MXNet writes as NDArray arithmetic (SGLD, AdaGrad, AdaDelta, DCASGD, Test) on float64 weights: each
# scalar operand (rescale_grad, wd, -lr, epsilon, rho, ...) reaches MXNet's scalar operator as text read back as a
# double, an ulp off for some values, so the weights follow those reads bit for bit.
import hashlib

import mxnet as mx
from mxnet import nd
import numpy as np

VALUES = [0.22222222222222227, 1 / 3, 0.7, 1.1, 0.123456789, 2.2, 0.0001234]


def run(name, lr, wd, rescale, clip):
    mx.random.seed(7)
    opt = mx.optimizer.create(name, learning_rate=lr, wd=wd, rescale_grad=rescale, clip_gradient=clip)
    rng = np.random.RandomState(3)
    weight = nd.array(rng.uniform(-2, 2, (6, 4)), dtype='float64')
    state = opt.create_state(0, weight)
    if name in ('adagrad', 'adadelta'):        # their states are float32; float64 ones keep the update in float64
        state = opt.create_state(0, weight.astype('float32'))
        state = tuple(s.astype('float64') for s in state) if isinstance(state, tuple) else state.astype('float64')
    for _ in range(3):
        opt.update(0, weight, nd.array(rng.uniform(-3, 3, (6, 4)), dtype='float64'), state)
    return hashlib.md5(weight.asnumpy().tobytes()).hexdigest()


rng = np.random.RandomState(11)
for name in ('sgld', 'adagrad', 'adadelta', 'dcasgd', 'test'):
    for _ in range(10):
        lr, wd, rescale = (VALUES[rng.randint(len(VALUES))] for _ in range(3))
        clip = [None, VALUES[rng.randint(len(VALUES))]][rng.randint(2)]
        print(name, lr, wd, rescale, clip, run(name, lr, wd, rescale, clip))
