# Float64 recurrent layers (MXNet's native CPU kernel) trained on data that asks no gradient: the layer below
# the top sees no gradient from the outputs above it (its buffer left as allocated: zeros in a fresh process);
# with the data's gradient attached the whole chain flows. Gradients rounded.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import rnn

MAKERS = {'rnn_tanh': lambda n: rnn.RNN(2, num_layers=n, activation='tanh', dtype='float64'),
          'rnn_relu': lambda n: rnn.RNN(2, num_layers=n, activation='relu', dtype='float64'),
          'gru': lambda n: rnn.GRU(2, num_layers=n, dtype='float64'),
          'lstm': lambda n: rnn.LSTM(2, num_layers=n, dtype='float64')}


def show(v):
    return ' '.join('%.6f' % x for x in v.ravel()[:4]).replace('-0.000000', '0.000000')


for mode, attach in [('gru', False)] + [(m, True) for m in sorted(MAKERS)]:
    mx.random.seed(7)
    layer = MAKERS[mode](2)
    layer.initialize(mx.init.Uniform(0.5))
    x = nd.array(np.random.RandomState(3).uniform(-1, 1, (3, 2, 2)), dtype='float64')
    if attach:
        x.attach_grad()
    with autograd.record():
        out = layer(x)
    out.backward()
    print(mode, 'data grad' if attach else 'no data grad', show(out.asnumpy()))
    for name, p in sorted(layer.collect_params().items()):
        print('   ', name.split('_', 1)[1], show(p.grad().asnumpy()))
    if attach:
        print('    data', show(x.grad.asnumpy()))
