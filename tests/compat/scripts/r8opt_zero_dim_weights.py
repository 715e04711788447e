# 0-d weights: in legacy mode MXNet's shape () is unknown, so every update fails (MXNetError); with np shape
# semantics (npx.set_np) they are updated like any other weight, except by LARS, whose multi_sum_sq refuses them.
import mxnet as mx
from mxnet import nd

NAMES = ['sgd', 'nag', 'adam', 'adagrad', 'rmsprop', 'adadelta', 'adamax', 'nadam', 'ftrl', 'ftml', 'signum',
         'dcasgd', 'lamb', 'lars', 'lbsgd', 'test', 'groupadagrad']


def attempt(name, step):
    try:
        print(name, step())
    except (mx.base.MXNetError, AssertionError) as e:
        print(name, type(e).__name__)


def legacy_update(name):
    updater = mx.optimizer.get_updater(mx.optimizer.create(name))
    weight = nd.array(2.0).reshape(())
    updater(0, nd.array(1.0).reshape(()), weight)
    return weight.asnumpy().tolist()


def np_update(name, kwargs, dtype):
    mx.random.seed(0)
    updater = mx.optimizer.get_updater(mx.optimizer.create(name, learning_rate=0.1, **kwargs))
    weight = mx.np.array(2.0, dtype=dtype)
    for g in (1.0, -3.0, 0.5):
        updater(0, mx.np.array(g, dtype=dtype), weight)
    return weight.shape, weight.asnumpy().tobytes().hex(), shapes(updater.states[0])


def shapes(state):
    if isinstance(state, (tuple, list)):
        return [shapes(s) for s in state]
    return None if state is None else state.shape


for name in NAMES:
    attempt('legacy ' + name, lambda: legacy_update(name))
mx.npx.set_np()
for name in NAMES:
    for kwargs, dtype in (({}, 'float32'), ({'multi_precision': True}, 'float16'), ({'wd': 0.1}, 'float64')):
        attempt('np %s %s %s' % (name, kwargs, dtype), lambda: np_update(name, kwargs, dtype))
attempt('np multi_sum_sq 0-d', lambda: nd.multi_sum_sq(nd.array(2.0).reshape(()), num_arrays=1).asnumpy().tolist())
mx.npx.reset_np()
