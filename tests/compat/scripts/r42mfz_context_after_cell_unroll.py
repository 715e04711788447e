"""The default context stays as it was after a layer's forward on another device whose RNN cell unrolls with zero begin states (nested with-blocks of one array's context), as in MXNet."""
import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import nn, rnn


class CellNet(nn.HybridBlock):
    def __init__(self, cell, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.cell = cell
            self.out = nn.Dense(2, flatten=False)

    def hybrid_forward(self, F, x):
        o, _ = self.cell.unroll(2, x, layout='NTC', merge_outputs=True)
        return self.out(o)


def seq(*cells):
    s = rnn.HybridSequentialRNNCell()
    for c in cells:
        s.add(c)
    return s


ctx = [mx.cpu(0), mx.cpu(2)]
for name, make in [('gru', lambda: rnn.GRUCell(2)), ('lstm', lambda: rnn.LSTMCell(3, input_size=3)),
                   ('seq', lambda: seq(rnn.RNNCell(2), rnn.DropoutCell(0.5), rnn.GRUCell(2))),
                   ('bi', lambda: rnn.BidirectionalCell(rnn.GRUCell(2), rnn.GRUCell(2)))]:
    mx.random.seed(1)
    net = CellNet(make())
    net.initialize(mx.init.Xavier(), ctx=ctx)
    for c in ctx:
        with autograd.record():
            y = net(nd.array(np.ones((2, 2, 3)), ctx=c))
        print(name, c, '->', mx.context.current_context(), y.context)
    print(name, 'bias', net.out.bias.data().context, net.out.bias.data().asnumpy().tolist())

x = nd.ones((2,), ctx=mx.cpu(3))
with x.context:
    with x.context:
        print('inner', mx.context.current_context())
    print('outer', mx.context.current_context())
print('after', mx.context.current_context(), nd.zeros((1,)).context)
