"""A second Executor.backward without a forward reads, where MXNet's memory plan put the zero gradient of a max Pooling's hidden oneDNN workspace, zeros instead of the forward value that block held."""
import mxnet as mx
import numpy as np


def run(label, middle, pool_type='max'):
    x = mx.sym.var('x')
    s = mx.sym.Pooling(x, kernel=(2, 2), stride=(1, 1), pool_type=pool_type, name='p0')
    s = middle(mx.sym.Activation(s, act_type='tanh'))
    s = mx.sym.Convolution(s, kernel=(3, 3), pad=(1, 1), num_filter=4, name='c3')
    net = mx.sym.FullyConnected(mx.sym.flatten(s), num_hidden=3, name='out')
    np.random.seed(7)
    ex = net.simple_bind(mx.cpu(), x=(2, 3, 6, 6))
    for a in ex.arg_dict.values():
        a[:] = np.random.uniform(-1, 1, a.shape)
    ex.forward(is_train=True)
    head = mx.nd.array(np.random.uniform(-1, 1, ex.outputs[0].shape))
    ex.backward(head)
    for name in ('c3_weight', 'out_weight'):
        ex.arg_dict[name][:] = ex.arg_dict[name] - 0.3 * ex.grad_dict[name]
    ex.backward(head)
    print(label)
    for name, grad in ex.grad_dict.items():
        print('  ', name, grad.asnumpy().ravel()[:4])


run('tanh', lambda s: s)
run('dropout p=0', lambda s: mx.sym.Dropout(s, p=0.0))
run('dropout p=0.5', lambda s: mx.sym.Dropout(s, p=0.5))
run('identity', lambda s: mx.sym.identity(s))
run('relu', lambda s: mx.sym.relu(s))
run('scaled', lambda s: s * 2)
run('avg pooling', lambda s: s, 'avg')
