# Float operator attributes as MXNet's parser reads their text (an ulp off the correctly rounded float32 for
# some values of 1 or more, or written with an exponent) in ops and in the optimizers that call them; the
# multi-weight kernels' lrs/wds tuples are rounded correctly. Optimizers updating one weight per call refuse a
# list of indices.
import math
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')
x = nd.array([-1.0, 3.0, 1.0])
for value in [math.sqrt(3), 1.2345678901e-05, 3.3333333333, 0.1, 2.5, 7.654321e-06]:
    print('LeakyReLU', value, nd.LeakyReLU(x, act_type='leaky', slope=value).asnumpy().tobytes().hex())
    print('sgd_update', value, nd.sgd_update(x, nd.ones((3,)), lr=value, wd=value).asnumpy().tobytes().hex())
    out = nd.zeros((3,))
    nd.multi_sgd_update(x, nd.ones((3,)), lrs=[value], wds=[value], num_weights=1, out=out)
    print('multi_sgd_update', value, out.asnumpy().tobytes().hex())
    mx.random.seed(1)
    print('normal', value, nd.random.normal(0, value, shape=(3,)).asnumpy().tobytes().hex())
    y = nd.array([-5.0, -1.7320507, -1.7320509, 1.73205078, 1.7320509, 3.0, 3.3333333])
    print('clip', value, nd.clip(y, -value, value).asnumpy().tobytes().hex(),
          y.clip(a_min=0.0, a_max=value).asnumpy().tobytes().hex())

SETTINGS = [dict(learning_rate=math.sqrt(3)), dict(learning_rate=1.2345678901e-05),
            dict(wd=1.2345678901e-05, learning_rate=0.5), dict(rescale_grad=1.7320508075688772),
            dict(wd=1.1111111111), dict(clip_gradient=1.414213562373095, rescale_grad=3.0),
            dict(learning_rate=7.654321e-06, momentum=0.9, wd=1.3333333333)]
MOMENTUM = ('sgd', 'nag', 'signum', 'lbsgd', 'lars')
for name in ['sgd', 'nag', 'lars', 'lamb', 'adam', 'rmsprop', 'ftrl', 'ftml', 'signum', 'adagrad', 'sgld', 'lbsgd']:
    for kw in SETTINGS:
        kw = {k: v for k, v in kw.items() if k != 'momentum' or name in MOMENTUM}
        for dtype in ['float32', 'float64']:
            mx.random.seed(0)
            opt = mx.optimizer.create(name, **kw)
            r = np.random.RandomState(1)
            ws = [nd.array(r.randn(2, 3), dtype=dtype) for _ in range(2)]
            states = [opt.create_state(i, w) for i, w in enumerate(ws)]
            updater = mx.optimizer.get_updater(opt)
            try:
                for step in range(2):
                    gs = [nd.array(r.randn(2, 3) * 3, dtype=dtype) for _ in range(2)]
                    updater([0, 1], gs, ws)
                print(name, kw, dtype, ' '.join(w.asnumpy().tobytes().hex() for w in ws))
            except Exception as e:
                print(name, kw, dtype, type(e).__name__)

for name in ['adam', 'nag', 'test', 'lbsgd', 'sgd', 'lamb']:
    for method in ['update', 'update_multi_precision']:
        for mp in [False, True]:
            opt = mx.optimizer.create(name, multi_precision=mp)
            ws = [nd.ones((2, 2)) for _ in range(2)]
            states = [opt.create_state_multi_precision(i, w) for i, w in enumerate(ws)]
            try:
                getattr(opt, method)([0, 1], ws, [nd.ones((2, 2))] * 2, states)
                print(name, method, mp, 'ok', opt.num_update, ws[0].asnumpy().tobytes().hex())
            except Exception as e:
                print(name, method, mp, type(e).__name__, opt.num_update)
