# mx.monitor.Monitor on a Module: install, tic/toc every batch, a custom statistic, patterns, sort
import mxnet as mx
import numpy as np

np.random.seed(0)
mx.random.seed(0)
X = np.random.uniform(-1, 1, (8, 3)).astype('float32')
Y = np.array([0, 1, 1, 0, 1, 0, 0, 1], dtype='float32')
data = mx.sym.var('data')
fc1 = mx.sym.FullyConnected(data, num_hidden=4, name='fc1')
act = mx.sym.Activation(fc1, act_type='relu', name='relu1')
fc2 = mx.sym.FullyConnected(act, num_hidden=2, name='fc2')
net = mx.sym.SoftmaxOutput(fc2, name='softmax')
it = mx.io.NDArrayIter(X, Y, batch_size=4)
mod = mx.mod.Module(net)
mod.bind(it.provide_data, it.provide_label)
mod.init_params(mx.init.Uniform(0.5))
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.1})


def max_abs(arr):
    return mx.nd.max(mx.nd.abs(arr))


mon = mx.mon.Monitor(1, stat_func=max_abs, pattern='fc2.*|fc1_(weight|bias|output|backward_output[12])', sort=True)
mod.install_monitor(mon)
for batch in it:
    mon.tic()
    mod.forward_backward(batch)
    mod.update()
    for n, name, stat in mon.toc():
        print(n, name, stat)
it.reset()
mon2 = mx.mon.Monitor(2, pattern='.*weight', monitor_all=True)
mod.install_monitor(mon2)
for epoch in range(2):
    it.reset()
    for batch in it:
        mod.forward_backward(batch)
        mod.update()
        mon2.tic()
        mod.forward(batch, is_train=False)
        res = mon2.toc()
        print(epoch, [(n, name) for n, name, _ in res])
        if res:
            print(res[0][2])
args, _ = mod.get_params()
print(args['fc2_weight'].asnumpy().tolist())
