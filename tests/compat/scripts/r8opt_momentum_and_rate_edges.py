# Signum hands signum_update its momentum only when positive (a negative or NaN one gives the operator's default, 0,
# with the state still created); the multi-tensor kernels (SGD's and LAMB's) read their rates as a tuple, whose
# parser refuses nan and inf (MXNetError, the weight unchanged), while single-weight kernels take them.
import mxnet as mx
from mxnet import nd


def run(name, steps=2, **kwargs):
    updater = mx.optimizer.get_updater(mx.optimizer.create(name, **kwargs))
    weight = nd.array([[1.0, -2.0], [0.5, 3.0]])
    try:
        for g in ([[0.5, -1.0], [2.0, 0.0]], [[0.1, 0.2], [-3.0, 1.0]])[:steps]:
            updater(0, nd.array(g), weight)
    except mx.base.MXNetError:
        return 'MXNetError', weight.asnumpy().tolist()
    return weight.asnumpy().tolist()


for momentum in (0.9, 0.0, -0.5, float('nan'), float('-inf')):
    for wd_lh in (0.0, 0.1):
        print('signum', momentum, wd_lh, run('signum', momentum=momentum, wd_lh=wd_lh, learning_rate=0.1))
for name in ('sgd', 'lamb', 'nag', 'adam', 'rmsprop'):
    for arg in ('learning_rate', 'wd'):
        for value in (float('nan'), float('inf'), -float('inf')):
            print(name, arg, value, run(name, steps=1, **{arg: value}))
print('sgd rsp nan lr', end=' ')
updater = mx.optimizer.get_updater(mx.optimizer.SGD(learning_rate=float('nan')))
weight = nd.ones((2, 2))
updater(0, nd.array([[1.0, 1.0], [0.0, 0.0]]).tostype('row_sparse'), weight)
print(weight.asnumpy().tolist())
