"""With MXNET_OPTIMIZER_AGGREGATION_SIZE=0, SGD still takes lists of indices (one kernel per weight) and LARS fails in its first, empty, fused update."""
import os

import mxnet as mx
from mxnet import nd

os.environ['MXNET_OPTIMIZER_AGGREGATION_SIZE'] = '0'
for name, kwargs in [('sgd', {}), ('sgd', dict(momentum=0.9)), ('lars', dict(momentum=0.9)), ('lars', {})]:
    opt = mx.optimizer.create(name, learning_rate=0.1, wd=0.01, **kwargs)
    weights = [nd.array([[0.5, -1.0]]), nd.array([2.0, 0.25, -0.75])]
    states = [opt.create_state(i, w) for i, w in enumerate(weights)]
    grads = [nd.array([[0.1, -0.2]]), nd.array([0.3, 4.0, -1.5])]
    try:
        opt.update([0, 1], weights, grads, states)
        opt.update(1, weights[1], grads[1], states[1])
        print(name, kwargs, opt.aggregate_num, [w.asnumpy().tolist() for w in weights], opt.num_update)
    except mx.base.MXNetError:
        print(name, kwargs, opt.aggregate_num, 'MXNetError', opt.num_update)
    updater = mx.optimizer.get_updater(mx.optimizer.create(name, **kwargs))
    try:
        updater([0, 1], grads, weights)
        print(' updater', [w.asnumpy().tolist() for w in weights])
    except mx.base.MXNetError:
        print(' updater MXNetError')
