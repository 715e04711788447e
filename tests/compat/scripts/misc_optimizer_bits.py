# Optimizer updates whose last bits MXNet's own optimizer tests exposed: float64 weights see float32
# hyper-parameters and clip bounds, LBSGD steps with sgd_update, GroupAdaGrad's row mean is nd.mean's.
import warnings
import numpy as np
import mxnet as mx

warnings.simplefilter('ignore')
rng = np.random.RandomState(7)
cases = [('sgd', {}, 'float64'), ('sgd', {'momentum': 0.9, 'clip_gradient': 0.4, 'rescale_grad': 0.7}, 'float64'),
         ('nag', {'momentum': 0.9, 'clip_gradient': 0.4}, 'float64'), ('signum', {'wd_lh': 0.1}, 'float64'),
         ('adam', {'clip_gradient': 0.4, 'rescale_grad': 0.7}, 'float64'), ('adamax', {'clip_gradient': 0.4}, 'float64'),
         ('dcasgd', {'clip_gradient': 0.4}, 'float64'), ('rmsprop', {'centered': True}, 'float32'),
         ('lbsgd', {'wd': 0.03}, 'float32'), ('lbsgd', {'wd': 0.03}, 'float64'),
         ('groupadagrad', {}, 'float32'), ('groupadagrad', {'clip_gradient': 0.3}, 'float32')]
for name, cfg, dtype in cases:
    opt = mx.optimizer.create(name, learning_rate=0.05, **cfg)
    w = mx.nd.array(rng.uniform(-1, 1, (2, 7)), dtype=dtype)
    state = opt.create_state_multi_precision(0, w)
    for _ in range(3):
        opt.update_multi_precision(0, w, mx.nd.array(rng.uniform(-1, 1, (2, 7)), dtype=dtype), state)
    print(name, sorted(cfg.items()), dtype)
    print(' ', w.asnumpy().ravel().tolist())
