# Optimizers whose Python update clips a row_sparse gradient with nd.clip (AdaDelta, SGLD, DCASGD): a negative
# clip_gradient puts 0 outside the range, which clip's sparse kernel refuses; AdaDelta rescales the gradient in place
# and clips it before its float32 states meet a float16 weight; LARS's multi-precision update of a sparse gradient
# without momentum rounds as mp_sgd_update does.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def show(x):
    if x is None:
        return 'None'
    if isinstance(x, (tuple, list)):
        return '(' + ', '.join(show(y) for y in x) + ')'
    return '%s %s %s' % (x.stype[:3], x.dtype.__name__, x.asnumpy().tolist())


for name in ('adadelta', 'sgld', 'dcasgd'):
    for clip in (None, 2.0, 0.0, -1.0, -0.5, 0.25):
        for dtype in ('float32', 'float16', 'float64'):
            mx.random.seed(3)
            r = np.random.RandomState(5)
            opt = mx.optimizer.create(name, clip_gradient=clip, rescale_grad=0.5, learning_rate=0.1)
            w = nd.array(r.uniform(-1, 1, (3, 2)), dtype=dtype)
            g = nd.array(r.uniform(-3, 3, (3, 2)), dtype=dtype)
            g[1] = 0
            g = g.tostype('row_sparse')
            state = opt.create_state(0, w)
            try:
                opt.update(0, w, g, state)
                print(name, clip, dtype, show(w), show(state))
            except Exception as e:
                print(name, clip, dtype, words(e).splitlines()[0])
            print(name, clip, dtype, 'grad after', show(g))

for momentum in (0.0, 0.9):
    for clip in (None, 0.5):
        for seed in range(4):
            r = np.random.RandomState(seed)
            opt = mx.optimizer.create('lars', learning_rate=1.0, wd=0.01, eta=0.1, momentum=momentum,
                                      clip_gradient=clip, multi_precision=True, momentum_correction=False)
            upd = mx.optimizer.get_updater(opt)
            w = nd.array(r.uniform(-1, 1, (4, 2)), dtype='float16')
            for t in range(3):
                upd(0, nd.array(r.uniform(-2, 2, (4, 2)), dtype='float16').tostype('row_sparse'), w)
            print('lars mp', momentum, clip, seed, show(w), show(upd.states[0]))
