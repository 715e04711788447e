# Learning rates and weight decays given as numpy scalars (float64, float32, float16): MXNet hands them on as they
# are (no multiplier applies) and its operators read each scalar's text, so a float16 rate of 0.01646 is read as
# the float32 nearest 0.01646, not as the float16 value; LARS's rates (numpy float64 products) likewise.
import hashlib

import mxnet as mx
from mxnet import nd
import numpy as np


def digest(array):
    return hashlib.md5(array.asnumpy().tobytes()).hexdigest()


def run(name, rate_type, value, sparse, dtype):
    opt = mx.optimizer.create(name, learning_rate=rate_type(value), wd=rate_type(value / 3))
    w = nd.array([[1.0, -2.0, 0.5], [0.25, 3, -1], [2, 1, -0.5]], dtype=dtype)
    g = nd.array([[1.0, 2, -3], [0, 0, 0], [-0.5, 0.125, 4]], dtype=dtype)
    if sparse:
        g = g.tostype('row_sparse')
    state = opt.create_state_multi_precision(0, w)
    for _ in range(3):
        opt.update_multi_precision(0, w, g, state)
    return digest(w)


for name in ('sgd', 'lars', 'adam'):
    for rate_type in (float, np.float64, np.float32, np.float16):
        for value in (0.01646, 2.3e-6, 0.123456789):
            for sparse in (False, True):
                for dtype in ('float32', 'float64'):
                    print(name, rate_type.__name__, value, sparse, dtype, run(name, rate_type, value, sparse, dtype))

# LARS over row_sparse gradients with some rows missing, float64 weights
opt = mx.optimizer.create('lars', learning_rate=0.1, wd=0.01)
updater = mx.optimizer.get_updater(opt)
rng = np.random.RandomState(0)
weight = nd.array(rng.uniform(-1, 1, (5, 3)), dtype='float64')
for i in range(5):
    grad = rng.uniform(-2, 2, (5, 3))
    grad[i % 5] = 0
    grad[(i + 2) % 5] = 0
    updater(0, nd.array(grad, dtype='float64').tostype('row_sparse'), weight)
    print('lars rsp', i, digest(weight))
print('lr type kept', type(mx.optimizer.SGD(learning_rate=np.float16(0.5))._get_lr(0)).__name__,
      type(mx.optimizer.SGD(wd=np.float32(0.5))._get_wd(3)).__name__)
