"""Module.init_optimizer given optimizer_params naming what Module passes itself (sym, param_idx2name), and FeedForward given rescale_grad, fail with Python's TypeError for MXNet's create_optimizer call."""
# recorded on AVX2
import numpy as np

import mxnet as mx


def mlp():
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc'), name='softmax')


for params in [{'param_idx2name': {0: 'x'}}, {'sym': None}, {'sym': 1, 'param_idx2name': 2}, {'param_idx2name': 2, 'sym': 1},
               {'rescale_grad': 2.0, 'sym': 1}, {'rescale_grad': 0.5, 'learning_rate': 0.2}]:
    mod = mx.mod.Module(mlp())
    mod.bind([('data', (4, 4))], [('softmax_label', (4,))])
    mod.init_params(mx.init.One())
    try:
        mod.init_optimizer(optimizer='sgd', optimizer_params=params)
        print(params, mod._optimizer.rescale_grad, mod._optimizer.lr)
    except TypeError as e:
        print(params, 'TypeError', e)

X = np.linspace(-1, 1, 32, dtype='float32').reshape(8, 4)
Y = np.array([0, 1, 2, 0, 1, 2, 0, 1], 'float32')
for kwargs in [dict(rescale_grad=0.5), dict(learning_rate=0.1, rescale_grad=1.0), dict(learning_rate=0.1)]:
    np.random.seed(0)
    ff = mx.model.FeedForward(mlp(), num_epoch=1, numpy_batch_size=4, initializer=mx.init.One(), **kwargs)
    try:
        ff.fit(X, Y)
        print(kwargs, ff.arg_params['fc_bias'].asnumpy().tolist())
    except TypeError as e:
        print(kwargs, 'TypeError', e)
