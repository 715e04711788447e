# gluon.contrib.rnn.rnn_cell.dynamic_unroll: layouts, valid lengths, gradients.
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon.contrib.rnn.rnn_cell import dynamic_unroll
from mxnet.gluon import rnn
import numpy as np
mx.random.seed(0)
x = nd.random.uniform(-1, 1, shape=(4, 2, 3))
for cls in (rnn.RNNCell, rnn.LSTMCell, rnn.GRUCell):
    cell = cls(3, input_size=3)
    mx.random.seed(1)
    cell.initialize()
    for layout, data in (("TNC", x), ("NTC", nd.swapaxes(x, 0, 1))):
        for vl in (None, nd.array([2, 4])):
            out, st = dynamic_unroll(cell, data, cell.begin_state(2), layout=layout, valid_length=vl)
            print(cls.__name__, layout, vl is not None, out.shape, np.round(out.asnumpy().astype(float), 4).ravel()[:6].tolist(),
                  [np.round(s.asnumpy().astype(float), 4).ravel()[:3].tolist() for s in st])
cell = rnn.GRUCell(3, input_size=3)
cell.initialize()
x.attach_grad()
with autograd.record():
    out, st = dynamic_unroll(cell, x, cell.begin_state(2), valid_length=nd.array([3, 1]))
    loss = out.sum() + st[0].sum()
loss.backward()
print(np.round(x.grad.asnumpy(), 4).ravel()[:6].tolist(), np.round(cell.i2h_weight.grad().asnumpy(), 4).ravel()[:4].tolist())
