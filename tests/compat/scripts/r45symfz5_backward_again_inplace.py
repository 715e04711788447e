"""A second backward without a forward reads, as a FullyConnected's data, the gradient MXNet's first backward wrote in
place of that data (an op's output nothing reads afterwards), rewritten by the elementwise ops behind it: once the
weights are updated, the weight gradient changes (Executor and Module alike)."""
import mxnet as mx
import numpy as np

x = mx.sym.var('x')


def twice(net, shapes, name):
    np.random.seed(0)
    ex = net.simple_bind(mx.cpu(), **shapes)
    for n, a in ex.arg_dict.items():
        a[:] = np.random.uniform(-1, 1, a.shape) if n != 'lab' else np.arange(a.shape[0]) % 3
    ex.forward(is_train=True)
    head = [mx.nd.array(np.random.uniform(-1, 1, o.shape)) for o in ex.outputs]
    ex.backward(None if 'lab' in shapes else head)
    for n in ex.arg_dict:
        if ex.grad_dict[n] is not None:
            ex.arg_dict[n][:] = ex.arg_dict[n] - 0.5 * ex.grad_dict[n]
    ex.backward(None if 'lab' in shapes else head)
    print(name)
    for n, g in ex.grad_dict.items():
        if g is not None:
            print(' ', n, g.asnumpy().ravel()[:4])


f1 = mx.sym.FullyConnected(x, num_hidden=4, name='fc1')
for name, mid in [('fc', f1), ('*2', f1 * 2), ('/2', f1 / 2), ('1-', 1 - f1), ('neg', -f1), ('+1*2', (f1 + 1) * 2),
                  ('relu', mx.sym.relu(f1)), ('relu*2', mx.sym.relu(f1) * 2), ('tanh*2', mx.sym.tanh(f1) * 2),
                  ('softmax*2', mx.sym.softmax(f1) * 2), ('square', mx.sym.square(f1)), ('abs', mx.sym.abs(f1)),
                  ('clip', mx.sym.clip(f1, -0.5, 0.5)), ('pow', (f1 * 2) ** 2), ('rdiv', 1.0 / (f1 + 3)),
                  ('dropout', mx.sym.Dropout(f1, p=0.5)), ('bn', mx.sym.BatchNorm(f1, name='bn')),
                  ('bn*2', mx.sym.BatchNorm(f1, name='bn') * 2), ('flatten', mx.sym.flatten(f1)),
                  ('leaky', mx.sym.LeakyReLU(f1))]:
    twice(mx.sym.FullyConnected(mid, num_hidden=3, name='fc2'), dict(x=(2, 5)), name)
twice(mx.sym.Group([mx.sym.FullyConnected(f1, num_hidden=3, name='fc2'), f1]), dict(x=(2, 5)), 'an output')
twice(mx.sym.FullyConnected(f1, num_hidden=3, name='fc2') + mx.sym.FullyConnected(f1, num_hidden=3, name='fc3'),
      dict(x=(2, 5)), 'two readers')
twice(mx.sym.FullyConnected(mx.sym.FullyConnected(f1, num_hidden=3, name='fc2'), num_hidden=2, name='fc3'),
      dict(x=(2, 5)), 'three')
conv = mx.sym.Convolution(x, kernel=(1, 1), num_filter=2, name='c1')
twice(mx.sym.FullyConnected(conv, num_hidden=3, name='fc2'), dict(x=(2, 2, 3, 3)), 'conv')
twice(mx.sym.FullyConnected(mx.sym.Pooling(conv, kernel=(2, 2), pool_type='max'), num_hidden=3, name='fc2'),
      dict(x=(2, 2, 3, 3)), 'max pooling')
twice(mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Dropout(f1, p=0.5), num_hidden=3, name='fc2'),
                           mx.sym.var('lab')), dict(x=(2, 5), lab=(2,)), 'softmax output')

np.random.seed(0)
mx.random.seed(0)
data = mx.sym.var('data')
net = mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=8, name='fc1'), act_type='tanh')
net = mx.sym.FullyConnected(mx.sym.BatchNorm(net, name='bn'), num_hidden=3, name='fc2')
mod = mx.mod.Module(mx.sym.SoftmaxOutput(net, mx.sym.var('softmax_label'), name='softmax'), context=mx.cpu())
mod.bind([('data', (4, 5))], [('softmax_label', (4,))], inputs_need_grad=True)
mod.init_params(mx.init.Xavier())
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.1, 'momentum': 0.9})
mod.forward(mx.io.DataBatch([mx.nd.array(np.random.uniform(size=(4, 5)))], [mx.nd.array([0, 1, 2, 1])]),
            is_train=True)
for step in range(3):
    mod.backward()
    print('module', step, mod.get_input_grads()[0].asnumpy().ravel()[:4])
    mod.update()
args, _ = mod.get_params()
for name in sorted(args):
    print(name, args[name].asnumpy().ravel()[:4])

# a monitor of every input shows, in the second backward, the gradient the first wrote as the FullyConnected's data
import ctypes


def shown(name, handle):
    array = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False)
    print('  monitor', name, array.asnumpy().ravel()[:3])


for every_input in (False, True):
    np.random.seed(0)
    ex = mx.sym.FullyConnected(f1 * 2, num_hidden=3, name='fc2').simple_bind(mx.cpu(), x=(2, 5))
    for n, a in ex.arg_dict.items():
        a[:] = np.random.uniform(-1, 1, a.shape)
    ex.set_monitor_callback(shown, monitor_all=every_input)
    ex.forward(is_train=True)
    for step in range(2):
        print('monitored backward', every_input, step)
        ex.backward(mx.nd.ones((2, 3)))
