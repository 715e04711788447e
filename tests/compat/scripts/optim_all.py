# every registered optimizer: three updates with momentum, wd, clip_gradient, rescale_grad, lr_scheduler
import warnings
import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')
print(sorted(mx.optimizer.Optimizer.opt_registry.keys()))

grads = [nd.array([[0.5, -1.5], [2.0, 0.1]]), nd.array([[-0.3, 0.8], [1.2, -2.5]]), nd.array([[1.0, 1.0], [-1.0, 0.0]])]
configs = [
    {},
    {'wd': 0.1},
    {'clip_gradient': 1.0, 'rescale_grad': 0.5},
    {'wd': 0.05, 'rescale_grad': 2.0, 'clip_gradient': 0.7},
    {'lr_scheduler': mx.lr_scheduler.FactorScheduler(step=1, factor=0.5, base_lr=0.1)},
]
extra = {'sgd': [{'momentum': 0.9}, {'momentum': 0.9, 'wd': 0.1, 'lazy_update': False}],
         'nag': [{'momentum': 0.9}, {'momentum': 0.5, 'wd': 0.01}],
         'signum': [{'momentum': 0.0}, {'wd_lh': 0.1}],
         'rmsprop': [{'centered': True}, {'centered': True, 'clip_weights': 0.3}, {'gamma1': 0.5, 'gamma2': 0.8}],
         'adam': [{'beta1': 0.5, 'beta2': 0.9, 'epsilon': 1e-3}],
         'ftrl': [{'lamda1': 0.1, 'beta': 0.5}],
         'lamb': [{'bias_correction': False}, {'lower_bound': 0.1, 'upper_bound': 2.0}],
         'lars': [{'momentum': 0.9, 'eta': 0.01}],
         'dcasgd': [{'momentum': 0.9, 'lamda': 0.1}],
         'sgld': [],
         'adagrad': [{'eps': 1e-3}],
         'adadelta': [{'rho': 0.5, 'epsilon': 1e-3}],
         'ftml': [{'beta1': 0.3}],
         'lbsgd': [{'momentum': 0.9, 'warmup_epochs': 1}],
         }
for name in sorted(mx.optimizer.Optimizer.opt_registry.keys()):
    if name in ('sgld', 'test'):
        continue
    for cfg in configs + extra.get(name, []):
        cfg = dict(cfg)
        if 'lr_scheduler' in cfg:
            cfg['lr_scheduler'] = mx.lr_scheduler.FactorScheduler(step=1, factor=0.5, base_lr=0.1)
        try:
            opt = mx.optimizer.create(name, learning_rate=0.1, **cfg)
            w = nd.array([[1.0, -2.0], [0.5, 3.0]])
            state = opt.create_state(0, w)
            for g in grads:
                opt.update(0, w, g.copy(), state)
            print(name, sorted(k for k in cfg), np.round(w.asnumpy(), 5).tolist(), opt.num_update)
        except Exception as e:
            print(name, sorted(k for k in cfg), type(e).__name__)
