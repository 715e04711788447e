"""nd.RNN (float32, MXNet's oneDNN kernels) recorded with its raw inputs: gradients of data, flat parameters
and begin states over layers, directions and sizes, without state outputs (the upper layers' input-weight
gradients then sum every step in one product), grad_req='add', dropout and sequence lengths (ignored by
oneDNN), LSTM state clipping (accepted, not applied)."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, nd

GATES = {'rnn_relu': 1, 'rnn_tanh': 1, 'lstm': 4, 'gru': 3}


def bits(a):
    return '%s:%s' % (a.shape, hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:10])


def parameter_count(mode, layers, size, hidden, dirs):
    return sum(dirs * GATES[mode] * hidden * ((size if layer == 0 else hidden * dirs) + hidden + 2)
               for layer in range(layers))


def run(mode, layers, dirs, steps, batch, size, hidden, state_outputs=True, req='write', p=0.0, lengths=False,
        clip=False, state_heads=True):
    rs = np.random.RandomState(steps * 10 + size)
    inputs = [nd.array(rs.uniform(-1, 1, (steps, batch, size))),
              nd.array(rs.uniform(-0.5, 0.5, parameter_count(mode, layers, size, hidden, dirs))),
              nd.array(rs.uniform(-0.5, 0.5, (layers * dirs, batch, hidden)))]
    if mode == 'lstm':
        inputs.append(nd.array(rs.uniform(-0.5, 0.5, (layers * dirs, batch, hidden))))
    for a in inputs:
        a.attach_grad(grad_req=req)
        if req == 'add':
            a.grad[:] = 0.25
    kwargs = dict(state_size=hidden, num_layers=layers, bidirectional=dirs == 2, mode=mode, p=p,
                  state_outputs=state_outputs)
    extra = []
    if clip:
        kwargs.update(lstm_state_clip_min=-0.1, lstm_state_clip_max=0.1)
    if lengths:
        kwargs['use_sequence_length'] = True
        extra.append(nd.array([steps] * (batch - 1) + [max(steps - 1, 1)]))
    with autograd.record():
        outs = nd.RNN(*(inputs + extra), **kwargs)
        outs = outs if isinstance(outs, (list, tuple)) else [outs]
        loss = (outs[0] * outs[0]).sum()
        if state_heads:
            for k, o in enumerate(outs[1:]):
                loss = loss + (o * (k + 2)).sum()
    loss.backward()
    print(mode, layers, dirs, steps, batch, size, hidden, state_outputs, req, p, lengths, clip, state_heads)
    print('  ', *[bits(o) for o in outs], 'gradients', *[bits(a.grad) for a in inputs])


for mode in GATES:
    for case in ((1, 1, 3, 2, 4, 4), (2, 1, 3, 2, 3, 4), (2, 2, 3, 2, 8, 4), (3, 1, 2, 3, 5, 5), (1, 2, 4, 1, 2, 3),
                 (2, 1, 3, 2, 4, 4, False), (3, 1, 4, 2, 16, 16, False), (2, 1, 3, 2, 4, 4, True, 'add'),
                 (2, 1, 3, 2, 4, 4, True, 'write', 0.5), (1, 1, 4, 3, 4, 4, True, 'write', 0.0, True),
                 (1, 1, 3, 2, 4, 4, True, 'write', 0.0, False, mode == 'lstm'),
                 (2, 1, 3, 2, 4, 4, True, 'write', 0.0, False, False, False), (1, 1, 1, 1, 1, 1),
                 (3, 2, 2, 2, 6, 3), (2, 1, 1, 4, 16, 16), (2, 1, 5, 2, 16, 16), (3, 1, 4, 2, 16, 16)):
        run(mode, *case)
