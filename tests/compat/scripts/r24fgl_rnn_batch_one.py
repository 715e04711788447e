# Recurrent layers predicting one sample: LSTM, GRU and vanilla RNN layers (one or more layers, one or two
# directions) over one step or a few, the outputs' float32 bits (hex) and the final states, as MXNet's oneDNN
# CPU kernels sum them.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import rnn


def bits(a):
    return ' '.join('%08x' % v for v in a.asnumpy().astype(np.float32).view(np.uint32).ravel())


def make(mode, hidden, layers, bidir, inputs):
    if mode == 'lstm':
        return rnn.LSTM(hidden, num_layers=layers, bidirectional=bidir, input_size=inputs)
    if mode == 'gru':
        return rnn.GRU(hidden, num_layers=layers, bidirectional=bidir, input_size=inputs)
    return rnn.RNN(hidden, num_layers=layers, bidirectional=bidir, input_size=inputs, activation=mode[4:])


CASES = [  # mode, steps, hidden, inputs, layers, bidirectional
    ('lstm', 1, 3, 3, 1, False), ('lstm', 1, 5, 2, 1, False), ('lstm', 1, 3, 3, 2, False), ('lstm', 1, 5, 5, 3, False),
    ('lstm', 2, 3, 3, 2, False), ('lstm', 3, 5, 5, 2, False), ('lstm', 1, 3, 2, 2, True),
    ('rnn_tanh', 1, 3, 3, 1, False), ('rnn_tanh', 1, 5, 3, 2, False), ('rnn_relu', 1, 5, 5, 1, False),
    ('rnn_tanh', 2, 3, 3, 3, False), ('rnn_relu', 1, 2, 4, 2, True),
    ('gru', 2, 3, 3, 2, False), ('gru', 3, 3, 3, 2, False), ('gru', 2, 5, 5, 2, False), ('gru', 3, 5, 2, 3, False),
    ('gru', 1, 3, 3, 2, False), ('gru', 2, 3, 3, 2, True), ('gru', 4, 2, 2, 2, False),
]

for n, (mode, steps, hidden, inputs, layers, bidir) in enumerate(CASES):
    mx.random.seed(20 + n)
    layer = make(mode, hidden, layers, bidir, inputs)
    layer.initialize(mx.init.Xavier('gaussian', 'in', 2))
    x = nd.array(np.random.RandomState(n).uniform(-1, 1, (steps, 1, inputs)).astype(np.float32))
    out, states = layer(x, layer.begin_state(1))
    print(mode, steps, hidden, inputs, layers, bidir, 'out', bits(out))
    print('   states', ' | '.join(bits(s) for s in states))
