"""float32 RNN layers whose products take oneDNN's other gemm kernels: K over 384 summed in blocks (training
forward, every backward, GRU inference), a batch of one summing the state's products on from the input's, an
input or state one unit wide (a dot-product kernel of 8 lanes), many (step, sample) rows in the weight
gradients; forward (recorded and not) and gradients."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

LAYERS = {'lstm': gluon.rnn.LSTM, 'gru': gluon.rnn.GRU, 'relu': gluon.rnn.RNN, 'tanh': gluon.rnn.RNN}


def bits(arrays):
    return hashlib.md5(b''.join(a.asnumpy().tobytes() for a in arrays)).hexdigest()[:12]


def run(kind, hidden, layers, bidirectional, batch, steps, size):
    rs = np.random.RandomState(hidden * 7 + steps + size)
    extra = {'activation': kind} if kind in ('relu', 'tanh') else {}
    net = LAYERS[kind](hidden, num_layers=layers, bidirectional=bidirectional, input_size=size, **extra)
    net.initialize(mx.init.Uniform(0.3))
    data = nd.array(rs.uniform(-1, 1, (steps, batch, size)))
    data.attach_grad()
    head = nd.array(rs.uniform(-1, 1, (steps, batch, hidden * (2 if bidirectional else 1))))
    inferred = net(data)
    with autograd.record():
        out = net(data)
    out.backward(head)
    params = list(net.collect_params().values())
    print(kind, hidden, layers, bidirectional, batch, steps, size, 'inference', bits([inferred]), 'training',
          bits([out]), 'gradients', bits([data.grad]), bits([p.grad() for p in params]))
    words = [a.asnumpy().ravel().view(np.int32)[:2].tolist() for a in (out, data.grad, params[0].grad())]
    print('  ', *words)


for kind in ('lstm', 'gru', 'relu', 'tanh'):
    for shape in ((8, 1, False, 2, 2, 500), (8, 2, False, 3, 3, 800), (100, 1, False, 2, 2, 30),
                  (8, 1, False, 1, 3, 390), (8, 1, False, 20, 20, 5), (6, 2, True, 30, 15, 4), (3, 1, False, 2, 3, 1),
                  (1, 1, False, 2, 3, 4), (1, 2, True, 1, 3, 1), (4, 1, False, 1, 450, 3), (2, 1, False, 3, 2, 70),
                  (1, 3, False, 2, 5, 1), (1, 1, True, 20, 2, 3), (1, 3, False, 1, 3, 1)):
        run(kind, *shape)
