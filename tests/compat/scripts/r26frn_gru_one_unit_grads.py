# GRUs of one hidden unit trained over batches of several samples (float32, oneDNN's AVX2 kernels): the
# gradients of the data, the parameters and the initial state as float32 bits (hex), for one or two
# directions and layers, through nd.RNN and through gluon.rnn.GRU.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import rnn


def bits(a):
    return ' '.join('%08x' % v for v in a.asnumpy().astype(np.float32).view(np.uint32).ravel()[:12])


CASES = [  # steps, batch, inputs, directions
    (1, 2, 1, 1), (1, 3, 2, 1), (2, 2, 3, 1), (3, 2, 1, 1), (2, 3, 1, 2), (1, 5, 1, 1), (2, 4, 2, 2), (3, 7, 1, 1),
]
for n, (steps, batch, inputs, dirs) in enumerate(CASES):
    rs = np.random.RandomState(n)
    size = dirs * (3 * inputs + 3 + 6)
    data = nd.array(rs.uniform(-1, 1, (steps, batch, inputs)))
    params = nd.array(rs.uniform(-1, 1, (size,)))
    state = nd.array(rs.uniform(-1, 1, (dirs, batch, 1)))
    for a in (data, params, state):
        a.attach_grad()
    with autograd.record():
        out = nd.RNN(data, params, state, state_size=1, num_layers=1, mode='gru', bidirectional=dirs == 2)
    out.backward()
    print('nd.RNN', steps, batch, inputs, dirs, 'out', bits(out))
    for name, a in (('data', data), ('params', params), ('state', state)):
        print('    d' + name, bits(a.grad))

for layers, bidir, batch in ((2, False, 3), (2, True, 2), (3, False, 4)):
    mx.random.seed(layers + batch)
    net = rnn.GRU(1, num_layers=layers, bidirectional=bidir, layout='NTC')
    net.initialize(mx.init.Uniform(0.7))
    x = nd.array(np.random.RandomState(batch).uniform(-1, 1, (batch, 3, 2)))
    begin = net.begin_state(batch, func=nd.ones)
    with autograd.record():
        out, states = net(x, begin)
        loss = out.sum() + states[0].sum()
    loss.backward()
    print('GRU', layers, bidir, batch, 'out', bits(out))
    for name, p in sorted(net.collect_params().items()):
        print('   ', name.split('_', 1)[1], bits(p.grad()))
