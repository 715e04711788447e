"""Gradients of float32 LSTM/GRU (and stacked relu/tanh) layers through MXNet's oneDNN kernels: the gates'
derivatives with fused squares, the backward-data products summed over the gates in oneDNN's order (a GRU's
update gate first; for one sample the GRU's state gradient starts from its direct part), a GRU's state weight
gradient added step by step, a stacked layer's input weight gradient with its last step's rows apart."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

LAYERS = {'lstm': gluon.rnn.LSTM, 'gru': gluon.rnn.GRU, 'relu': gluon.rnn.RNN, 'tanh': gluon.rnn.RNN}


def bits(arrays):
    return hashlib.md5(b''.join(a.asnumpy().tobytes() for a in arrays)).hexdigest()[:12]


def run(kind, hidden, layers, bidirectional, batch, steps, size):
    rs = np.random.RandomState(hidden * 7 + steps)
    extra = {'activation': kind} if kind in ('relu', 'tanh') else {}
    net = LAYERS[kind](hidden, num_layers=layers, bidirectional=bidirectional, input_size=size, **extra)
    net.initialize(mx.init.Uniform(0.5))
    data = nd.array(rs.uniform(-1, 1, (steps, batch, size)))
    states = [s + 0.3 for s in net.begin_state(batch_size=batch)]
    for a in [data] + states:
        a.attach_grad()
    head = nd.array(rs.uniform(-1, 1, (steps, batch, hidden * (2 if bidirectional else 1))))
    with autograd.record():
        out, new_states = net(data, states)
        loss = (out * head).sum() + sum((s * (i + 2)).sum() for i, s in enumerate(new_states))
    loss.backward()
    params = list(net.collect_params().values())
    print(kind, hidden, layers, bidirectional, batch, steps, size, 'inputs',
          bits([data.grad] + [s.grad for s in states]), 'parameters', bits([p.grad() for p in params]))
    print('  ', params[-3].grad().asnumpy().ravel().view(np.int32)[:3].tolist(),
          data.grad.asnumpy().ravel().view(np.int32)[:3].tolist())


for kind in ('lstm', 'gru'):
    for shape in ((4, 1, False, 3, 5, 4), (3, 1, False, 2, 4, 5), (4, 2, False, 2, 4, 4), (4, 1, True, 3, 3, 4),
                  (5, 2, True, 1, 3, 3), (16, 1, False, 2, 3, 16), (3, 3, False, 2, 2, 2), (6, 1, False, 1, 4, 6),
                  (3, 3, True, 2, 3, 6), (3, 3, False, 3, 4, 5)):
        run(kind, *shape)
for kind in ('relu', 'tanh'):
    for shape in ((4, 2, False, 2, 4, 4), (3, 3, False, 2, 2, 2), (3, 3, False, 3, 4, 5), (3, 3, True, 2, 3, 6)):
        run(kind, *shape)
