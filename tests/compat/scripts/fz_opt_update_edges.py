# Optimizer updates at edge values, bit for bit: SGD on infinite/NaN weights (the fused kernel's -lr*wd*w term),
# Signum's sign of NaN (0), FTML's -z/d with a zero learning rate, LAMB on float16 weights without multi_precision,
# Nadam and Adamax on float64 weights (NDArray arithmetic with text-parsed scalars).
import warnings

import mxnet as mx
import numpy as np

warnings.simplefilter('ignore')


def bits(a):
    a = a.asnumpy()
    return a.view({2: np.uint16, 4: np.uint32, 8: np.uint64}[a.itemsize]).ravel().tolist()


def run(name, dtype, grad, steps=3, **kw):
    opt = mx.optimizer.create(name, **kw)
    upd = mx.optimizer.get_updater(opt)
    w = mx.nd.array(np.random.RandomState(2).randn(2, 3), dtype=dtype)
    for i in range(1, steps + 1):
        upd(0, mx.nd.array(grad * (0.5 * i), dtype=dtype), w)
    states = upd.states[0]
    states = [s for s in (states if isinstance(states, tuple) else [states]) if s is not None]
    print(name, dtype, kw, bits(w), [bits(s) for s in states])


special = np.array([[np.nan, np.inf, -np.inf], [0.0, -0.0, 1e30]])
rand = np.random.RandomState(1).randn(2, 3)
for dtype in ('float32', 'float64'):
    run('sgd', dtype, special)
    run('signum', dtype, special)
    run('ftml', dtype, special)
    run('ftml', dtype, rand, learning_rate=0.0)
run('sgd', 'float16', np.full((2, 3), 7e4), multi_precision=True)
w = mx.nd.array([-0.0, 1.0])
mx.optimizer.get_updater(mx.optimizer.SGD(learning_rate=0.1))(0, mx.nd.zeros(2), w)
print('sgd -0.0 weight', bits(w))
run('lamb', 'float16', rand, steps=1, learning_rate=0.5, wd=0.01, rescale_grad=2.0, clip_gradient=1.0)
for kw in (dict(learning_rate=0.1), dict(learning_rate=0.3, rescale_grad=0.37, clip_gradient=0.77, wd=0.021)):
    run('nadam', 'float64', rand, steps=4, **kw)
run('adamax', 'float64', rand, steps=4, learning_rate=0.037, wd=0.013)
run('lamb', 'float16', rand, steps=3, learning_rate=0.01, wd=0.1, upper_bound=2.0)
