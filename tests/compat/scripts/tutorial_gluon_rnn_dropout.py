"""Dropout between the layers of a fused float32 RNN layer (the language-model tutorials): MXNet's CPU build
runs it through oneDNN, which drops nothing and draws no random numbers."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

for cls in (gluon.rnn.LSTM, gluon.rnn.GRU, gluon.rnn.RNN):
    sums = []
    for p in (0.0, 0.5):
        mx.random.seed(7)
        layer = cls(4, 2, dropout=p, input_size=3)
        layer.initialize(mx.init.One())
        with autograd.record():
            out = layer(nd.ones((5, 2, 3)) * 0.1)
        out.backward()
        sums.append((round(float(out.sum().asscalar()), 3), round(float(layer.l0_i2h_weight.grad().sum().asscalar()), 3),
                     nd.random.uniform(shape=(2,)).asnumpy().round(6).tolist()))
    print(cls.__name__, sums, sums[0] == sums[1])
with autograd.train_mode():
    out = nd.RNN(nd.ones((3, 2, 2)), nd.ones((2 * (2 * (2 + 2) + 2 * 2),)) * 0.1, nd.zeros((2, 2, 2)),
                 state_size=2, num_layers=2, mode='rnn_tanh', p=0.9)
print(np.round(out.asnumpy(), 4).tolist())
