"""float32 RNN/LSTM/GRU layers run through MXNet's oneDNN kernels: their products summed in oneDNN's order
(one product of [x, h] at some steps of layers whose input is as wide as their state: which steps depends on
the layer's place in the stack, on inference or training and, in training, on the batch size), oneDNN's tanh
and sigmoid, the fused cell updates."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd


def bits(arrays):
    return hashlib.md5(b''.join(a.asnumpy().tobytes() for a in arrays)).hexdigest()[:12]


LAYERS = {'relu': lambda h, **kw: gluon.rnn.RNN(h, activation='relu', **kw),
          'tanh': lambda h, **kw: gluon.rnn.RNN(h, activation='tanh', **kw),
          'lstm': gluon.rnn.LSTM, 'gru': gluon.rnn.GRU}
CASES = [(4, 3, 1, False, 2), (3, 3, 1, False, 2), (3, 3, 2, False, 2), (3, 3, 3, False, 3), (5, 3, 3, False, 2),
         (3, 3, 2, True, 2), (6, 3, 2, True, 1), (4, 3, 2, False, 1), (3, 3, 3, False, 1)]
for kind in sorted(LAYERS):
    for size, hidden, layers, bidirectional, batch in CASES:
        rs = np.random.RandomState(size * 100 + layers * 10 + batch)
        net = LAYERS[kind](hidden, num_layers=layers, bidirectional=bidirectional, input_size=size)
        net.initialize(mx.init.Uniform(0.7))
        data = nd.array(rs.uniform(-1, 1, (5, batch, size)))
        states = [s + 0.3 for s in net.begin_state(batch_size=batch)]
        out, new_states = net(data, states)
        with autograd.train_mode():
            trained, _ = net(data, states)
        with autograd.record():
            recorded = net(data)
        print(kind, size, hidden, layers, bidirectional, batch, 'inference', bits([out] + new_states),
              'train', bits([trained]), 'recorded', bits([recorded]))
        print('  ', out.asnumpy().ravel().view(np.int32)[-4:].tolist(),
              trained.asnumpy().ravel().view(np.int32)[-4:].tolist())

# hybridized, NTC layout
net = gluon.rnn.LSTM(4, num_layers=2, layout='NTC', input_size=4)
net.initialize(mx.init.Xavier())
net.hybridize()
x = nd.array(np.random.RandomState(7).uniform(-1, 1, (3, 6, 4)))
print('hybridized', bits([net(x)]), bits([net(x)]))

# one step: every layer of a stack merged
net = LAYERS['tanh'](5, num_layers=3, input_size=5)
net.initialize(mx.init.Uniform(0.5))
print('one step', bits([net(nd.array(np.random.RandomState(9).uniform(-1, 1, (1, 1, 5))))]))

# states a multiple of 16 wide: every step of a stack merged
for kind in ('tanh', 'lstm'):
    net = LAYERS[kind](16, num_layers=3, input_size=16)
    net.initialize(mx.init.Uniform(0.3))
    out = net(nd.array(np.random.RandomState(8).uniform(-1, 1, (6, 2, 16))))
    print(kind, 'stack of 16-wide states', bits([out]), out.asnumpy().ravel().view(np.int32)[-3:].tolist())
