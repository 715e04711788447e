"""Monitor.toc reports the executors' auxiliary states after their arguments (BatchNorm's moving statistics)."""
import logging
import sys

import mxnet as mx

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(message)s', stream=sys.stdout)
data = mx.sym.Variable('data')
c = mx.sym.Convolution(data, kernel=(3, 3), num_filter=2, name='conv')
b = mx.sym.BatchNorm(c, name='bn')
f = mx.sym.FullyConnected(b, num_hidden=3, name='fc')
net = mx.sym.SoftmaxOutput(f, name='softmax')
mod = mx.mod.Module(net)
mod.bind(data_shapes=[('data', (2, 1, 5, 5))], label_shapes=[('softmax_label', (2,))])
mod.init_params(mx.init.One())
mod.init_optimizer()
batch = mx.io.DataBatch([mx.nd.arange(50).reshape((2, 1, 5, 5)) / 50], [mx.nd.array([0, 1])])
for pattern, sort in [('.*moving.*|.*weight', True), ('bn_moving.*|conv_weight', False)]:
    mon = mx.mon.Monitor(1, pattern=pattern, sort=sort)
    mod.install_monitor(mon)
    mon.tic()
    mod.forward_backward(batch)
    mod.update()
    for step, name, value in mon.toc():
        print(step, name, value)
mon = mx.mon.Monitor(1, stat_func=lambda x: x.sum(), pattern='bn_moving.*', sort=True)
mon.install(mod._exec_group.execs[0])
mon.tic()
mod.forward(batch, is_train=True)
mon.toc_print()
