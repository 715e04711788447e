"""gluon.rnn layers whose gate count is not a multiple of 16 over several steps: the sgemm kernel oneDNN picks per batch size, inference and training."""
# recorded on AVX2
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import rnn


def show(a):
    a = a.asnumpy()
    return '%s %.9g' % (hashlib.md5(a.tobytes()).hexdigest()[:10], float(a.astype(np.float64).sum()))


# layer, hidden, steps, batch, input width, layers, with gradients
CASES = [(rnn.RNN, 600, 30, 16, 8, 1, False), (rnn.RNN, 600, 5, 100, 8, 1, False),
         (rnn.RNN, 600, 3, 128, 8, 1, False), (rnn.RNN, 600, 2, 300, 8, 1, False),
         (rnn.RNN, 600, 2, 469, 8, 1, False), (rnn.RNN, 584, 30, 16, 8, 1, False),
         (rnn.GRU, 200, 35, 16, 8, 1, True), (rnn.LSTM, 150, 5, 16, 8, 1, True),
         (rnn.LSTM, 650, 3, 20, 16, 1, True), (rnn.LSTM, 150, 5, 120, 600, 1, True),
         (rnn.LSTM, 100, 2, 300, 8, 1, True), (rnn.GRU, 200, 2, 500, 200, 2, True),
         (rnn.RNN, 600, 2, 500, 8, 1, True), (rnn.LSTM, 520, 1, 470, 100, 3, False),
         (rnn.LSTM, 500, 3, 300, 600, 1, True)]
for cls, hidden, steps, batch, width, layers, grads in CASES:
    mx.random.seed(0)
    np.random.seed(0)
    net = cls(hidden, num_layers=layers)
    net.initialize(mx.init.Xavier())
    x = nd.array(np.random.uniform(-1, 1, (steps, batch, width)))
    print(cls.__name__, hidden, steps, batch, width, layers, 'inference', show(net(x)))
    if grads:
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward()
        print('  training', show(y), 'dx', show(x.grad))
        for name, p in sorted(net.collect_params().items()):
            print('  ', name, show(p.grad()))
