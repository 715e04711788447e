"""Module and FeedForward errors: wrong parameter shapes, foreign shared parameters, contexts, work loads."""
import logging
import sys
import warnings

import numpy as np
import mxnet as mx

warnings.simplefilter('ignore', DeprecationWarning)
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())


def fc(name='fc'):
    return mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name=name)


def show(call, message=True):
    """The error's type, and its message when it comes from Python code (not MXNet's C++ checks)."""
    try:
        print('ok', call())
    except Exception as e:
        print(type(e).__name__, repr(str(e)) if message else '')


base = mx.mod.Module(fc(), label_names=None)
base.bind([('data', (2, 3))])
show(lambda: base.init_params(arg_params={'fc_weight': mx.nd.ones((2, 4)), 'fc_bias': mx.nd.ones(2)}), False)
base.init_params(mx.init.One())
show(lambda: mx.nd.ones((6,)).copyto(mx.nd.ones((2, 3))), False)
other = mx.mod.Module(fc('other'), label_names=None)
show(lambda: other.bind([('data', (2, 3))], shared_module=base), False)
same = mx.mod.Module(fc(), label_names=None)
same.bind([('data', (4, 3))], shared_module=base)
same.forward(mx.io.DataBatch([mx.nd.ones((4, 3))]))
print(same.get_outputs()[0].asnumpy().tolist())
show(lambda: mx.mod.Module(fc(), label_names=None, context=[mx.cpu(), 'cpu']).bind([('data', (2, 3))]))
show(lambda: mx.mod.Module(fc(), label_names=None, context=[mx.cpu(0), mx.cpu(1)]).bind([('data', (1, 3))]))
net = mx.sym.SoftmaxOutput(fc(), name='softmax')
X, Y = np.ones((4, 3), 'float32'), np.zeros(4, 'float32')
model = mx.model.FeedForward(net, ctx=[mx.cpu(0), mx.cpu(1)], num_epoch=1, numpy_batch_size=2)
show(lambda: model.fit(X, Y, work_load_list=[1]))
show(lambda: mx.model.FeedForward(net).save('unused'))
show(lambda: mx.model.FeedForward(7))
start = {'fc_weight': mx.nd.ones((2, 3)) * 0.1, 'fc_bias': mx.nd.zeros(2)}
model = mx.model.FeedForward(net, num_epoch=1, numpy_batch_size=2, arg_params=start,
                             optimizer=mx.optimizer.SGD(learning_rate=0.5, rescale_grad=0.5))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    model.fit(mx.io.NDArrayIter(X, Y, batch_size=2))
print([str(w.message)[:40] for w in caught if w.category is UserWarning])
print(model.arg_params['fc_bias'].asnumpy().tolist())
