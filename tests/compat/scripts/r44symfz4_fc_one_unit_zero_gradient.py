"""FullyConnected's data gradient over one input unit sums from zero, so a zero output gradient gives +0 whatever the weight's sign, as MXNet's oneDNN does."""
import mxnet as mx
import numpy as np

for rows, units, hidden in [(1, 1, 1), (2, 1, 1), (3, 1, 4), (1, 1, 3), (17, 1, 2), (1, 1, 20), (1, 2, 2)]:
    for sign in [1, -1]:
        x = mx.nd.array(np.full((rows, units), -0.5))
        w = mx.nd.array(np.full((hidden, units), -0.25 * sign))
        b = mx.nd.zeros((hidden,))
        for a in (x, w, b):
            a.attach_grad()
        with mx.autograd.record():
            y = mx.nd.FullyConnected(x, w, b, num_hidden=hidden)
        y.backward(mx.nd.array(-np.zeros((rows, hidden))))
        print(rows, units, hidden, sign, 'data', sorted(set(float(v).hex() for v in x.grad.asnumpy().ravel())),
              'weight', sorted(set(float(v).hex() for v in w.grad.asnumpy().ravel())))
data = mx.sym.Variable('data')
net = mx.sym.softmin(mx.sym.SliceChannel(mx.sym.FullyConnected(data, num_hidden=1, name='fc'), num_outputs=1), axis=-1)
exe = net.simple_bind(mx.cpu(), data=(1, 1))
exe.arg_dict['data'][:] = 0.4
exe.arg_dict['fc_weight'][:] = -0.7
exe.forward(is_train=True)
exe.backward(mx.nd.ones((1, 1)))
print({k: float(v.asnumpy().ravel()[0]).hex() for k, v in sorted(exe.grad_dict.items())})
