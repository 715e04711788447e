"""MXNet's native LSTM and GRU kernels (float64): forward bits of small cases."""
import mxnet as mx
import numpy as np
from mxnet import gluon, nd

CASES = ((2, 2, 2, 1, False), (2, 2, 2, 2, True), (3, 2, 1, 1, False), (3, 2, 1, 2, True), (1, 1, 1, 1, False))
for kind, size, batch, steps, layers, bidirectional in [('LSTM',) + c for c in CASES] + [('GRU',) + c for c in CASES]:
    layer = getattr(gluon.rnn, kind)(2, num_layers=layers, bidirectional=bidirectional, input_size=size,
                                     dtype='float64')
    layer.initialize(mx.init.Uniform(0.3))
    x = nd.array(np.random.RandomState(0).uniform(-1, 1, (steps, batch, size)), dtype='float64')
    out, states = layer(x, layer.begin_state(batch, dtype='float64'))
    print(kind, size, batch, steps, layers, [hex(v) for v in out.asnumpy().ravel().view(np.int64)[:6]],
          hex(states[-1].asnumpy().ravel().view(np.int64)[0]))
