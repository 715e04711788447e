# Monitor on a Module: forward outputs, backward gradients (<node>_backward_output<i>) and arguments, sorted
# or in execution order, with a pattern, and toc_print's log lines. Gradient slots MXNet leaves unwritten
# (inputs that need no gradient) hold stale memory there, so they are not printed.
import logging
import mxnet as mx
import numpy as np
from functools import reduce

logging.basicConfig(level=logging.INFO, format="%(message)s", stream=__import__("sys").stdout)
logging.getLogger().handlers[0].addFilter(lambda r: "Time cost" not in r.getMessage())
UNWRITTEN = ('fc_0_backward_output0', 'softmax_backward_output1')


def mean_abs(x):
    return mx.nd.divide(mx.nd.sum(mx.nd.abs(x)), reduce(lambda a, b: a * b, x.shape))


def show(res):
    print(len(res))
    for step, name, value in res:
        print(step, name, '%.6g' % float(value) if name not in UNWRITTEN else '-', repr(value[-1]))


train_data = mx.io.NDArrayIter(mx.nd.array([[0.05, .10]]), mx.nd.array([[.01, 0.99]]), batch_size=1)
x = mx.symbol.Variable('data')
x = mx.symbol.FullyConnected(name='fc_0', data=x, num_hidden=2)
x = mx.symbol.Activation(name="act_0", data=x, act_type='sigmoid')
x = mx.symbol.FullyConnected(name='fc_1', data=x, num_hidden=2)
x = mx.symbol.Activation(name="act_1", data=x, act_type='sigmoid')
x = mx.symbol.LinearRegressionOutput(data=x, name='softmax', grad_scale=2)
arg_params = {'fc_0_weight': mx.nd.array([[.15, .20], [.25, .30]]), 'fc_0_bias': mx.nd.array([.35, .35]),
              'fc_1_weight': mx.nd.array([[.40, .45], [.50, .55]]), 'fc_1_bias': mx.nd.array([.60, .60])}
mod = mx.mod.Module(x, context=[mx.cpu()])
mod.bind(train_data.provide_data, label_shapes=train_data.provide_label, for_training=True)
mon = mx.mon.Monitor(1, stat_func=mean_abs, pattern='.*', sort=True)
mod.install_monitor(mon)
mod.init_params(arg_params=arg_params)
mod.init_optimizer(optimizer_params={'learning_rate': 0.5})
batch = next(iter(train_data))
mon.tic()
mod.forward_backward(batch)
show(mon.toc())
mod.update()
mon2 = mx.mon.Monitor(2, pattern='fc_1.*|act_1.*')
mod.install_monitor(mon2)
for i in range(3):
    mon2.tic()
    mod.forward_backward(batch)
    mod.update()
    show(mon2.toc())
mon2.tic()
mon2.tic()
mod.forward(batch, is_train=False)
mon2.toc_print()
train_data.reset()
mon3 = mx.mon.Monitor(1, pattern='softmax_(output|label|backward_output0)|act_0_backward.*')
mod.fit(train_data, num_epoch=2, monitor=mon3, optimizer_params={'learning_rate': 0.5})
