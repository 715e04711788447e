# LAMB on float16 weights without multi_precision: MXNet's fused multi-tensor kernel (the Updater's and a list
# update's path) computes in half_t, holding each tensor's weight decay and learning rate as float16 too.
import itertools
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')
r = np.random.RandomState(5)
for lr, wd, eps, bias_correction, rescale in itertools.product([0.5, 0.1], [0.0, 0.1], [1e-3, 1e-6], [True, False],
                                                               [1.0, 1 / 3]):
    opt = mx.optimizer.create('lamb', learning_rate=lr, wd=wd, epsilon=eps, bias_correction=bias_correction,
                              rescale_grad=rescale)
    weights = [nd.array(r.randn(3, 5), dtype='float16'), nd.array(r.randn(2, 2), dtype='float16')]
    states = [opt.create_state(i, w) for i, w in enumerate(weights)]
    for step in range(2):
        grads = [nd.array(r.randn(*w.shape) * 3, dtype='float16') for w in weights]
        opt.update([0, 1], weights, grads, states)
    print(lr, wd, eps, bias_correction, round(rescale, 3), ' '.join(w.asnumpy().tobytes().hex() for w in weights))
    print('  states', ' '.join(s.asnumpy().tobytes().hex() for pair in states for s in pair))
