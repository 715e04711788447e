"""FullyConnected's float32 gradients and one-output forward, bit for bit, and a small Module fit with them."""
import numpy as np

import mxnet as mx

rs = np.random.RandomState(1)
for rows, outs, units in [(1, 3, 3), (2, 1, 3), (3, 20, 4), (5, 1, 3), (5, 10, 1), (16, 10, 4), (33, 17, 16),
                          (100, 10, 20), (4, 384, 2)]:
    x = mx.nd.array(rs.uniform(-1, 1, (rows, units)))
    w = mx.nd.array(rs.uniform(-1, 1, (outs, units)))
    b = mx.nd.array(rs.uniform(-1, 1, (outs,)))
    dy = mx.nd.array(rs.uniform(-1, 1, (rows, outs)))
    for a in (x, w, b):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.FullyConnected(x, w, b, num_hidden=outs)
    y.backward(dy)
    print(rows, outs, units, 'dw', w.grad.asnumpy().tobytes().hex()[:96])
    print(rows, outs, units, 'dx', x.grad.asnumpy().tobytes().hex()[:96])
    print(rows, outs, units, 'db', b.grad.asnumpy().tobytes().hex()[:96])

for rows, units in [(16, 1), (20, 3), (40, 5), (64, 7)]:
    x = mx.nd.array(rs.standard_normal((rows, units)) * 10.0 ** rs.randint(-3, 4, size=units))
    w = mx.nd.array(rs.standard_normal((1, units)))
    y = mx.nd.FullyConnected(x, w, mx.nd.array([0.25]), num_hidden=1)
    print('one output', rows, units, y.asnumpy().tobytes().hex()[:96])

data = mx.sym.Variable('data')
net = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(data, num_hidden=1, name='fc'), name='lro')
X = rs.uniform(-1, 1, (20, 3)).astype('float32')
Y = rs.randint(0, 3, (20,)).astype('float32')
mod = mx.mod.Module(net, label_names=['lro_label'])
mx.random.seed(0)
mod.fit(mx.io.NDArrayIter(X, Y, 5, label_name='lro_label'), num_epoch=3, eval_metric='mse',
        optimizer_params={'learning_rate': 0.1}, initializer=mx.init.Xavier())
arg, aux = mod.get_params()
for name in sorted(arg):
    print(name, arg[name].asnumpy().tobytes().hex())
print([(n, float(v).hex()) for n, v in mod.score(mx.io.NDArrayIter(X, Y, 5, label_name='lro_label'), 'mse')])
