"""Optimizers refuse 0-size and 0-d weights outside np shape semantics (MXNet reads their shapes as unknown) when they create zero states or update; clipping to 0 keeps MXNet's signed zeros."""
import numpy as np
import mxnet as mx
from mxnet import nd

NAMES = ['sgd', 'nag', 'signum', 'ftml', 'lars', 'lbsgd', 'dcasgd', 'adam', 'adagrad', 'rmsprop', 'adadelta', 'ftrl',
         'adamax', 'nadam', 'lamb', 'test', 'sgld']


def zero_size(name, shape, **kwargs):
    opt = mx.optimizer.create(name, **kwargs)
    weight = nd.array(np.zeros(shape))      # (nd.zeros refuses an unknown shape itself)
    try:
        state = opt.create_state(0, weight)
    except mx.base.MXNetError:
        return 'create_state: MXNetError'
    try:
        opt.update(0, weight, nd.array(np.zeros(shape)), state)
        return weight.shape
    except mx.base.MXNetError:
        return 'update: MXNetError'


for name in NAMES:
    print(name, zero_size(name, (0, 3)), zero_size(name, (2, 0, 1), momentum=0.9) if name == 'sgd' else '',
          zero_size(name, ()))

mx.npx.set_np()
for name in ('sgd', 'adam', 'rmsprop', 'ftrl', 'signum'):
    print('np', name, zero_size(name, (0, 3)))
mx.npx.reset_np()


def signs(x):
    return ''.join('-' if s else '+' for s in np.signbit(x.asnumpy()).ravel())


# every combination of a signed-zero weight, a signed-zero state and a gradient of each sign
W = [0.0, -0.0] * 8
S = [0.0, 0.0, -0.0, -0.0] * 4
G = [-0.5] * 4 + [0.5] * 4 + [-0.0] * 4 + [0.0] * 4
grad = nd.array(G)
for op, n_states in (('sgd_update', 0), ('sgd_mom_update', 1), ('nag_mom_update', 1), ('signum_update', 1),
                     ('adam_update', 2), ('rmsprop_update', 1), ('ftrl_update', 2), ('rmspropalex_update', 3)):
    weight = nd.array(W)
    states = [nd.array(S) for _ in range(n_states)]
    out = getattr(nd, op)(weight, grad, *states, lr=0.5, clip_gradient=0.0)
    print(op, signs(out), [signs(s) for s in states])

weight16 = nd.arange(1, 17, dtype='float16')
for op, n_mom in (('mp_sgd_update', 0), ('mp_sgd_mom_update', 1), ('mp_nag_mom_update', 1)):
    moms = [nd.array(S) for _ in range(n_mom)]
    master = nd.array(W)
    getattr(nd, op)(weight16, grad.astype('float16'), *moms, master, lr=0.5, clip_gradient=0.0)
    print(op, signs(master), [signs(m) for m in moms])
print('ftml_update', signs(nd.ftml_update(nd.array(W), grad, nd.array(S), nd.array(S), nd.array(S), lr=0.5, t=1,
                                          clip_grad=0.0)))
print('lamb_update_phase1', signs(nd.lamb_update_phase1(nd.array(W), grad, nd.array(S), nd.array(S), t=1, wd=0.0,
                                                        clip_gradient=0.0)))
lrs, wds = nd.array([0.5]), nd.array([0.0])
for op, n_mom in (('preloaded_multi_sgd_update', 0), ('preloaded_multi_sgd_mom_update', 1)):
    moms = [nd.array(S) for _ in range(n_mom)]
    weight = nd.array(W)
    getattr(nd, op)(weight, grad, *moms, lrs, wds, clip_gradient=0.0, num_weights=1, out=[weight])
    print(op, signs(weight), [signs(m) for m in moms])
