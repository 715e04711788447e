"""batch_dot's gradients, given a head gradient another operator's backward left in a view of its buffer (a FullyConnected after a reshape), are BLAS gemm products of dense operands, bit for bit, through an executor and autograd, as MXNet does."""
import numpy as np

import mxnet as mx


def show(label, arrays):
    for name, a in arrays:
        print(label, name, a.asnumpy().ravel().tolist())


np.random.seed(0)
a, b, x = mx.sym.var('a'), mx.sym.var('b'), mx.sym.var('x')
fc0 = mx.sym.reshape(mx.sym.FullyConnected(x, num_hidden=4, name='fc0'), shape=(2, 2, 2))
fc1 = mx.sym.reshape(mx.sym.FullyConnected(x, num_hidden=4, name='fc1'), shape=(2, 2, 2))
graphs = {
    'fc(batch_dot(a, b))': (mx.sym.FullyConnected(mx.sym.batch_dot(a, b), num_hidden=3, name='out'),
                            dict(a=(2, 2, 2), b=(2, 2, 2))),
    'fc(batch_dot(a, b, ta, tb))': (mx.sym.FullyConnected(mx.sym.batch_dot(a, b, transpose_a=True, transpose_b=True),
                                                          num_hidden=5, name='out'), dict(a=(3, 4, 3), b=(3, 2, 4))),
    'fc(batch_dot(fc0, fc1))': (mx.sym.FullyConnected(mx.sym.batch_dot(fc0, fc1), num_hidden=3, name='out'),
                                dict(x=(2, 5))),
}
for label, (net, shapes) in graphs.items():
    ex = net.simple_bind(mx.cpu(), **shapes)
    for arr in ex.arg_dict.values():
        arr[:] = np.random.uniform(-1, 1, arr.shape)
    ex.forward(is_train=True)
    head = mx.nd.array(np.random.uniform(-1, 1, ex.outputs[0].shape))
    ex.backward(head)
    show(label, ex.grad_dict.items())
    for arr in ex.arg_dict.values():        # a second backward over the updated arguments
        arr[:] = arr - 0.3 * ex.grad_dict[[k for k, v in ex.arg_dict.items() if v is arr][0]]
    ex.backward(head)
    show(label + ' again', ex.grad_dict.items())

A, B, W, bias = (mx.nd.array(np.random.uniform(-1, 1, s)) for s in [(2, 3, 4), (2, 4, 2), (3, 6), (3,)])
for arr in (A, B, W):
    arr.attach_grad()
with mx.autograd.record():
    y = mx.nd.FullyConnected(mx.nd.batch_dot(A, B).reshape((2, 6)), W, bias, num_hidden=3)
y.backward(mx.nd.array(np.random.uniform(-1, 1, (2, 3))))
show('autograd', [('A', A.grad), ('B', B.grad), ('W', W.grad)])
