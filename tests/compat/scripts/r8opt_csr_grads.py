# csr gradients through every optimizer's Updater: most rules take them (as dense), AdaGrad's dense rule divides the
# csr gradient by a dense array, which MXNet refuses.
import mxnet as mx
from mxnet import nd

NAMES = ['sgd', 'nag', 'adam', 'adagrad', 'rmsprop', 'adadelta', 'adamax', 'nadam', 'ftrl', 'ftml', 'signum',
         'dcasgd', 'lamb', 'lars', 'lbsgd', 'test']
for name in NAMES:
    for kwargs in ({}, {'wd': 0.1}, {'lazy_update': False}):
        try:
            updater = mx.optimizer.get_updater(mx.optimizer.create(name, **kwargs))
        except TypeError:
            continue
        weight = nd.ones((2, 3))
        try:
            updater(0, nd.array([[0, 1, 0], [2, 0, 0]]).tostype('csr'), weight)
            print(name, kwargs, weight.asnumpy().tobytes().hex())
        except mx.base.MXNetError:
            print(name, kwargs, 'MXNetError')
