"""A second and third backward without a forward read, as each forward value, what MXNet's memory plan last wrote into its block in the first backward (any op's gradient, BatchNorm's saved statistics too), after the weights are updated."""
import mxnet as mx
import numpy as np

x = mx.sym.var('x')
f = mx.sym.FullyConnected(x, num_hidden=4, name='fc0')
g = mx.sym.FullyConnected(x, num_hidden=4, name='fc1')


def again(mid, name, grad_req='write'):
    net = mx.sym.FullyConnected(mid, num_hidden=3, name='out')
    np.random.seed(0)
    ex = net.simple_bind(mx.cpu(), x=(2, 5), grad_req=grad_req)
    for n, a in ex.arg_dict.items():
        a[:] = np.random.uniform(-1, 1, a.shape)
    ex.forward(is_train=True)
    head = mx.nd.array(np.random.uniform(-1, 1, ex.outputs[0].shape))
    ex.backward(head)
    for n in ex.arg_dict:
        if ex.grad_dict[n] is not None:
            ex.arg_dict[n][:] = ex.arg_dict[n] - 0.3 * ex.grad_dict[n]
    ex.backward(head)
    ex.backward(head)
    print(name)
    for n, grad in ex.grad_dict.items():
        print(' ', n, None if grad is None else grad.asnumpy().ravel()[:3])


pos = mx.sym.abs(f) + 0.5
again(mx.sym.elemwise_mul(mx.sym.tanh(f), f) + f, 'elemwise_mul, add_n of three')
again(mx.sym.broadcast_maximum(f, g), 'broadcast_maximum')
again(mx.sym.broadcast_maximum(mx.sym.relu(f), f * 2) - g, 'broadcast_maximum of relu')
again(mx.sym.LeakyReLU(mx.sym.sin(f), slope=0.1) * 2, 'LeakyReLU')
again(mx.sym.LeakyReLU(mx.sym.clip(f, -0.5, 0.5), act_type='selu'), 'selu')
again(mx.sym.LeakyReLU(f, act_type='elu') + f, 'elu')
again(mx.sym.Activation(f, act_type='relu') + f, 'relu beside its data')
again(mx.sym.Activation(mx.sym.clip(f, -0.5, 0.5), act_type='tanh'), 'tanh')
again(mx.sym.Activation(mx.sym.clip(f, -0.5, 0.5), act_type='sigmoid'), 'sigmoid')
again(mx.sym.log_softmax(f) + f, 'log_softmax')
again(mx.sym.hypot(f, g), 'hypot')
again(mx.sym.broadcast_power(pos, mx.sym.abs(g) + 0.5), 'power')
again(mx.sym.L2Normalization(f) * 2, 'L2Normalization')
again(mx.sym.BatchNorm(f, name='bn'), 'BatchNorm')
again(mx.sym.BatchNorm(mx.sym.sigmoid(f) + f, fix_gamma=False, name='bn') * 2, 'BatchNorm beside its data')
cat = mx.sym.Reshape(mx.sym.slice_axis(mx.sym.concat(f, f, dim=1), axis=1, begin=1, end=5), shape=(2, 4))
again(mx.sym.BatchNorm(cat + f, name='bn'), 'BatchNorm statistics')
again(mx.sym.add_n(f, g, f * 2, mx.sym.relu(g), f + g, mx.sym.sin(f)), 'add_n of more')
again(mx.sym.L2Normalization(f) + f, 'L2Normalization beside its data')
# a gradient no step reads (an argument without one) is not written: its block keeps what it held
weights_fixed = dict(x='write', fc0_weight='null', fc0_bias='null', out_weight='write', out_bias='add')
again(mx.sym.hypot(f, f), 'hypot, fixed weights', weights_fixed)
again(mx.sym.L2Normalization(f) + f, 'L2Normalization, fixed weights', dict(weights_fixed, x='add'))
