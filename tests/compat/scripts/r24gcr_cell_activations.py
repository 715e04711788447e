"""RNN cells' activation options: names, blocks, functions and bad values, per cell, run and hybridized
(LSTMCell applies the legacy Activation operator to its cell state whatever the activation given)."""
# recorded on AVX2
import re
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import rnn, nn
from mxnet.gluon.contrib import rnn as crnn
from _words import words

x = nd.array(np.random.RandomState(2).uniform(-1, 1, (2, 3, 3)))
xc = nd.array(np.random.RandomState(2).uniform(-1, 1, (2, 3, 3, 5)))
CELLS = [('rnn', lambda a: rnn.RNNCell(3, activation=a, input_size=3)),
         ('lstm', lambda a: rnn.LSTMCell(3, activation=a, input_size=3)),
         ('lstm recurrent', lambda a: rnn.LSTMCell(3, recurrent_activation=a, input_size=3)),
         ('gru', lambda a: rnn.GRUCell(3, activation=a, input_size=3)),
         ('conv gru', lambda a: crnn.Conv1DGRUCell((3, 5), 2, 3, 3, i2h_pad=1, activation=a)),
         ('conv lstm', lambda a: crnn.Conv1DLSTMCell((3, 5), 2, 3, 3, i2h_pad=1, activation=a))]
for act in ["'tanh'", "'relu'", "'sigmoid'", "'softrelu'", "'softsign'", "'leaky'", "'gelu'", "'foo'",
            "nn.LeakyReLU(0.1)", "nn.Activation('relu')", "nd.relu", "nd.tanh", "None", "3"]:
    for name, make in CELLS:
        try:
            cell = make(eval(act))
            cell.initialize(mx.init.Constant(0.2))
            shown = repr(cell).replace('\n', ' ')
            out, _ = cell.unroll(3, xc if name.startswith('conv') else x, merge_outputs=True)
            shown += f' {out.sum().asscalar():.6f}'
            cell.hybridize()
            out, _ = cell.unroll(3, xc if name.startswith('conv') else x, merge_outputs=True)
            print(act, name, '->', shown, f'{out.sum().asscalar():.6f}')
        except Exception as e:
            print(act, name, '->', re.sub(r' at 0x[0-9a-f]+', '', words(e))[:150])
