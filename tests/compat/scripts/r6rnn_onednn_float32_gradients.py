"""Gradients of float32 relu/tanh RNN layers through MXNet's oneDNN kernels: tanh's derivative as
fma(-a, a, 1), weight gradients summed over the (step, sample) rows in the order the direction ran (a
unidirectional layer sums the first step's rows for the state weight apart), bias gradients from the last
step back."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd


def bits(arrays):
    return hashlib.md5(b''.join(a.asnumpy().tobytes() for a in arrays)).hexdigest()[:12]


for activation in ('relu', 'tanh'):
    for size, layers, bidirectional, batch, steps in ((4, 1, False, 3, 5), (4, 2, False, 2, 4), (4, 2, True, 3, 3),
                                                      (5, 1, True, 1, 6), (3, 1, False, 4, 2)):
        rs = np.random.RandomState(size * 10 + batch)
        net = gluon.rnn.RNN(3, activation=activation, num_layers=layers, bidirectional=bidirectional,
                            input_size=size)
        net.initialize(mx.init.Uniform(0.6))
        data = nd.array(rs.uniform(-1, 1, (steps, batch, size)))
        states = [s + 0.2 for s in net.begin_state(batch_size=batch)]
        for a in [data] + states:
            a.attach_grad()
        head = nd.array(rs.uniform(-1, 1, (steps, batch, 3 * (2 if bidirectional else 1))))
        with autograd.record():
            out, new_states = net(data, states)
            loss = (out * head).sum() + (new_states[0] * 2).sum()
        loss.backward()
        params = list(net.collect_params().values())
        print(activation, size, layers, bidirectional, batch, steps, 'data/state', bits([data.grad, states[0].grad]),
              'parameters', bits([p.grad() for p in params]))
        print('  ', params[1].grad().asnumpy().ravel().view(np.int32)[:4].tolist(),
              params[-1].grad().asnumpy().ravel().view(np.int32).tolist())
