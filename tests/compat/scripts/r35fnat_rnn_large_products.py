"""Native float32 LSTM, GRU and tanh RNN layers whose input product exceeds a million multiply-adds: outputs and every gradient, training and inference, summed in oneDNN's order."""
import hashlib
import numpy as np
from mxnet import autograd, gluon, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


def run(layer, shape, layout):
    rs = np.random.RandomState(sum(shape) + layer._hidden_size)
    layer.initialize()
    for p in layer.collect_params().values():
        p.set_data(nd.array(rs.uniform(-0.3, 0.3, p.shape).astype('float32')))
    x = nd.array(rs.randn(*shape).astype('float32'))
    x.attach_grad()
    for train in (True, False):
        with autograd.record(train_mode=train):
            y = layer(x)
        y.backward(nd.array(rs.randn(*y.shape).astype('float32')))
        print(type(layer).__name__, shape, layout, train, y.shape, h(y), h(x.grad))
        print('  ', ' '.join(h(p.grad()) for p in layer.collect_params().values()))
        print('  ', y.asnumpy().ravel()[-3:].tolist())


run(gluon.rnn.LSTM(64, input_size=100), (2, 32, 100), 'TNC')
run(gluon.rnn.LSTM(64, input_size=100, bidirectional=True, layout='NTC'), (32, 2, 100), 'NTC')
run(gluon.rnn.LSTM(100, num_layers=2, input_size=16, bidirectional=True), (7, 2, 16), 'TNC')
run(gluon.rnn.GRU(100, num_layers=2, input_size=64, bidirectional=True), (3, 8, 64), 'TNC')
run(gluon.rnn.GRU(64, input_size=100), (2, 32, 100), 'TNC')
run(gluon.rnn.RNN(100, num_layers=2, input_size=100, bidirectional=True), (2, 32, 100), 'TNC')
