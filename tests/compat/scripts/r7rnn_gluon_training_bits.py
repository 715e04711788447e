"""Short gluon training loops through float32 fused RNN layers (relu, tanh, LSTM, GRU; one layer or two
bidirectional; SGD and Adam) and unrolled cells: the loss and weight bits after each Trainer step follow
MXNet's oneDNN gradients."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd
from mxnet.gluon import rnn

LAYERS = {'relu': lambda h, **k: rnn.RNN(h, activation='relu', **k),
          'tanh': lambda h, **k: rnn.RNN(h, activation='tanh', **k),
          'lstm': lambda h, **k: rnn.LSTM(h, **k), 'gru': lambda h, **k: rnn.GRU(h, **k)}


def bits(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


def train(net, data, target, optimizer):
    tr = gluon.Trainer(net.collect_params(), optimizer, {'learning_rate': 0.05})
    loss_fn = gluon.loss.L2Loss()
    losses = []
    for _ in range(3):
        with autograd.record():
            loss = loss_fn(net(data), target)
        loss.backward()
        tr.step(data.shape[0])
        losses.append(int(loss.mean().asnumpy().view(np.int32)[0]))
    return losses, bits(list(net.collect_params().values())[0].data())


rs = np.random.RandomState(6)
data, target = nd.array(rs.uniform(-1, 1, (4, 5, 3))), nd.array(rs.uniform(-1, 1, (4, 2)))
for kind in LAYERS:
    for optimizer in ('sgd', 'adam'):
        for layers, bidirectional in ((1, False), (2, True)):
            mx.random.seed(7)
            net = gluon.nn.Sequential()
            net.add(LAYERS[kind](6, num_layers=layers, bidirectional=bidirectional, input_size=3, layout='NTC'))
            net.add(gluon.nn.Dense(2))
            net.initialize(mx.init.Xavier())
            print(kind, optimizer, layers, bidirectional, *train(net, data, target, optimizer))


class Unrolled(gluon.Block):
    def __init__(self, cell, **kwargs):
        super().__init__(**kwargs)
        self.cell, self.dense = cell, gluon.nn.Dense(2)

    def forward(self, x):
        out, _ = self.cell.unroll(5, x, layout='NTC', merge_outputs=True, valid_length=nd.array([5, 3, 4, 2]))
        return self.dense(out)


for kind, cell in (('lstm', lambda: rnn.LSTMCell(4, input_size=3)), ('gru', lambda: rnn.GRUCell(4, input_size=3)),
                   ('bidirectional', lambda: rnn.BidirectionalCell(rnn.LSTMCell(3, input_size=3, prefix='l_'),
                                                                   rnn.GRUCell(3, input_size=3, prefix='r_')))):
    mx.random.seed(8)
    net = Unrolled(cell())
    net.initialize(mx.init.Xavier())
    print('cell', kind, *train(net, data, target, 'sgd'))
