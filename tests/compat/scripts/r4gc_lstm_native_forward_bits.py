"""MXNet's native LSTM kernel (float64, or a projection): forward bits of small cases."""
import mxnet as mx
import numpy as np
from mxnet import gluon, nd

for size, batch, steps, layers, bidirectional in ((2, 2, 2, 1, False), (2, 2, 2, 2, True), (3, 2, 1, 1, False),
                                                 (3, 2, 1, 2, True), (1, 1, 1, 1, False)):
    layer = gluon.rnn.LSTM(2, num_layers=layers, bidirectional=bidirectional, input_size=size, dtype='float64')
    layer.initialize(mx.init.Uniform(0.3))
    x = nd.array(np.random.RandomState(0).uniform(-1, 1, (steps, batch, size)), dtype='float64')
    out, (h, c) = layer(x, layer.begin_state(batch, dtype='float64'))
    print(size, batch, steps, layers, [hex(v) for v in out.asnumpy().ravel().view(np.int64)[:6]],
          hex(c.asnumpy().ravel().view(np.int64)[0]))
