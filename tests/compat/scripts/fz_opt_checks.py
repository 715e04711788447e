# Optimizer input checks and sparse update kernels: a gradient unlike its weight (dtype, shape; dense or
# row_sparse) fails the update, GroupAdaGrad lives in mx.optimizer.contrib only, sparse adagrad_update and
# contrib group_adagrad_update compute in the weight's dtype, multi_lamb_update refuses integer arrays.
import warnings

import mxnet as mx
import numpy as np

warnings.simplefilter('ignore')


def bits(a):
    a = a.asnumpy()
    return a.view({2: np.uint16, 4: np.uint32, 8: np.uint64}[a.itemsize]).ravel().tolist()


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__)


def step(name, w, g):
    opt = mx.optimizer.create(name, learning_rate=0.1)
    upd = mx.optimizer.get_updater(opt)
    upd(0, g, w)
    return bits(w)


for name in ('sgd', 'adam', 'dcasgd', 'nadam', 'adagrad', 'test'):
    attempt(name + ' f16 weight f32 grad', lambda: step(name, mx.nd.ones((2,), dtype='float16'), mx.nd.ones((2,))))
    attempt(name + ' shape mismatch', lambda: step(name, mx.nd.ones((2,)), mx.nd.ones((3,))))
    rsp = mx.nd.sparse.row_sparse_array((np.ones((1, 3)), [1]), shape=(4, 3))       # float64 values
    attempt(name + ' f64 row_sparse grad', lambda: step(name, mx.nd.ones((4, 3)), rsp))
print('GroupAdaGrad', hasattr(mx.optimizer, 'GroupAdaGrad'), mx.optimizer.contrib.GroupAdaGrad.__name__)

for dt in ('float16', 'float32', 'float64'):
    w = mx.nd.array(np.random.RandomState(0).randn(4, 3), dtype=dt)
    g = mx.nd.sparse.row_sparse_array((np.random.RandomState(1).randn(2, 3).astype(dt), [1, 3]), shape=(4, 3))
    h = mx.nd.array(np.abs(np.random.RandomState(2).randn(4, 3)), dtype=dt)
    mx.nd.sparse.adagrad_update(w, g, h, lr=0.1, clip_gradient=0.0, out=w)
    print('adagrad_update clip 0', dt, bits(w), bits(h))
    mx.nd.sparse.adagrad_update(w, g, h, lr=0.1, rescale_grad=0.3, out=w)
    print('adagrad_update', dt, bits(w), bits(h))
    w = mx.nd.array(np.random.RandomState(0).randn(4, 3), dtype=dt)
    h = mx.nd.array(np.abs(np.random.RandomState(2).randn(4, 1)), dtype=dt)
    mx.nd.contrib.group_adagrad_update(w, g, h, lr=0.1, rescale_grad=0.7, out=w)
    print('group_adagrad_update', dt, bits(w), bits(h))
a = mx.nd.array([[1, 2, 3]], dtype='int32')
attempt('multi_lamb_update int32', lambda: [bits(x) for x in mx.nd.contrib.multi_lamb_update(
    [a], [a], [a.copy()], [a.copy()], step_count=[1], lrs=[0.1], wds=[0.0])])


def bad_arg(name, **kw):
    opt = mx.optimizer.create(name, **kw)
    w = mx.nd.ones((2,))
    mx.optimizer.get_updater(opt)(0, mx.nd.ones((2,)), w)
    return bits(w)


# a non-number argument: Python arithmetic (TypeError), an assert or an operator's attribute parser (MXNetError)
for name in ('sgd', 'adam', 'lars', 'lbsgd', 'dcasgd', 'sgld', 'adagrad', 'adamax', 'nadam', 'groupadagrad', 'ftrl',
             'rmsprop', 'signum'):
    for kw in (dict(learning_rate='a'), dict(clip_gradient='x'), dict(rescale_grad=None), dict(wd=None)):
        if name == 'lars' and 'wd' in kw:       # MXNet's LARS runs on, with NaN weights
            continue
        attempt('%s %s' % (name, kw), lambda: bad_arg(name, **kw))
attempt('test rescale_grad=None', lambda: bad_arg('test', rescale_grad=None))


def with_state_of(name, shape):
    opt = mx.optimizer.create(name, learning_rate=0.1)
    w = mx.nd.ones((2,))
    opt.update(0, w, mx.nd.ones((2,)), opt.create_state(0, mx.nd.ones(shape)))
    return bits(w)


for name in ('sgd', 'adam', 'rmsprop', 'adamax', 'ftrl', 'nag'):
    attempt(name + ' state of another shape', lambda: with_state_of(name, (3,)))
