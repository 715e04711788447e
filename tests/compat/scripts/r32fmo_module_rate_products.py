"""Module and FeedForward updates multiply lr and wd by the named parameters' multipliers first, as MXNet's do: a bool rate trains as 1.0/0.0, text or a list fails with Python's TypeError; a FeedForward optimizer neither a name nor an Optimizer leaves MXNet's variable unset."""
# recorded on AVX2
import warnings

import numpy as np

import mxnet as mx

warnings.simplefilter('ignore')


def mlp():
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=3, name='fc'), name='softmax')


X = np.linspace(-1, 1, 16, dtype='float32').reshape(4, 4)
Y = np.array([0, 1, 2, 1], 'float32')
for opt in ['sgd', 'nag', 'rmsprop', 'adam', 'adadelta', 'signum', 'ftml', 'lamb']:
    for key in ['learning_rate', 'wd']:
        for value in ['a', '0.1', None, [0.1], True, False, np.array(0.1)]:
            mx.random.seed(0)
            np.random.seed(0)
            mod = mx.mod.Module(mlp())
            try:
                mod.fit(mx.io.NDArrayIter(X, Y, batch_size=2), num_epoch=1, optimizer=opt,
                        optimizer_params={key: value}, kvstore=None, initializer=mx.init.One())
                print(opt, key, repr(value), [round(v, 6) for v in mod.get_params()[0]['fc_bias'].asnumpy().tolist()])
            except Exception as e:
                print(opt, key, repr(value), type(e).__name__, str(e).splitlines()[0][:120])

for kwargs in [dict(learning_rate=True), dict(learning_rate='a'), dict(optimizer=3), dict(optimizer=None)]:
    np.random.seed(0)
    ff = mx.model.FeedForward(mlp(), num_epoch=1, numpy_batch_size=2, initializer=mx.init.One(), **kwargs)
    try:
        ff.fit(X, Y)
        print('FeedForward', kwargs, [round(v, 6) for v in ff.arg_params['fc_bias'].asnumpy().tolist()])
    except Exception as e:
        print('FeedForward', kwargs, type(e).__name__, str(e).splitlines()[0][:120])
