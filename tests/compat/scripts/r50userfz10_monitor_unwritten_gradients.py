"""A monitor of a training Module shows a gradient the backward leaves unwritten (a data gradient no argument
takes, a BatchNorm's data gradient under frozen weights) as what the memory plan's block lent to it held: what
an earlier entry left there (a ReLU's output, a Dropout's mask), and from the second pass the label gradient as
the last pass left its block, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
import numpy as np

mx.random.seed(7)
np.random.seed(7)


def monitored(symbol, data, label, batch, pattern, steps, fixed=None):
    it = mx.io.NDArrayIter(data, label, batch_size=batch)
    mod = mx.mod.Module(symbol, fixed_param_names=fixed)
    mod.bind(data_shapes=it.provide_data, label_shapes=it.provide_label)
    mod.init_params(initializer=mx.init.Xavier(magnitude=2.))
    mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.1})
    mon = mx.mon.Monitor(1, pattern=pattern, sort=True)
    mod.install_monitor(mon)
    for step in range(steps):
        it.reset()
        for b in it:
            mon.tic()
            mod.forward_backward(b)
            mod.update()
            for k, name, value in mon.toc():
                if k > 1 or name != 'softmax_backward_output1':     # (the first pass finds fresh memory there)
                    print(step, k, name, value.strip())


data = mx.sym.var('data')
hidden = mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=6, name='fc1'), act_type='relu', name='relu1')
mlp = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(hidden, num_hidden=3, name='fc2'), name='softmax')
X = np.random.rand(16, 4).astype('float32')
Y = np.random.randint(0, 3, 16).astype('float32')
print("mlp")
monitored(mlp, X, Y, 8, '.*backward.*', 2)

conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=4, name='conv1')
act = mx.sym.Activation(mx.sym.BatchNorm(conv, name='bn1'), act_type='relu', name='relu1')
pool = mx.sym.Pooling(act, kernel=(2, 2), stride=(2, 2), pool_type='avg', name='pool1')
cnn = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(pool, num_hidden=3, name='fc'), name='softmax')
X = np.random.rand(8, 2, 8, 8).astype('float32')
Y = np.random.randint(0, 3, 8).astype('float32')
print("cnn")
monitored(cnn, X, Y, 4, '(conv1|fc)_backward.*', 2)

frozen = mx.sym.FullyConnected(data, num_hidden=5, name='h')
dropped = mx.sym.Dropout(mx.sym.BatchNorm(frozen, name='bn'), p=0.5, name='dp')
tail = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(dropped, num_hidden=2, name='fc2'), name='softmax')
X = np.random.rand(8, 3).astype('float32')
Y = np.random.randint(0, 2, 8).astype('float32')
print("frozen")
monitored(tail, X, Y, 4, '(bn|dp)_(backward|mask).*', 2, fixed=['h_weight', 'h_bias'])
