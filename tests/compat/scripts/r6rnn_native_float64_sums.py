"""MXNet's native float64 RNN kernels: the order of their sums in the forward (relu/tanh add the input bias
before the state product) and in the backward (bias gradients as one running sum over time and batch, h2h's
bias of a relu/tanh RNN and of an LSTM equal to i2h's), single-sample batches included."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd


def digest(arrays):
    return hashlib.md5(b''.join(a.asnumpy().tobytes() for a in arrays)).hexdigest()[:12]


LAYERS = {'relu': lambda **kw: gluon.rnn.RNN(3, activation='relu', **kw),
          'tanh': lambda **kw: gluon.rnn.RNN(3, activation='tanh', **kw),
          'lstm': lambda **kw: gluon.rnn.LSTM(3, **kw), 'gru': lambda **kw: gluon.rnn.GRU(3, **kw)}
for kind, make in sorted(LAYERS.items()):
    for batch, layers, bidirectional in ((1, 1, False), (1, 2, True), (2, 1, True), (2, 2, False)):
        rs = np.random.RandomState(batch * 10 + layers)
        net = make(num_layers=layers, bidirectional=bidirectional, input_size=4, dtype='float64')
        net.initialize(mx.init.Uniform(0.5))
        data = nd.array(rs.uniform(-1, 1, (4 // batch, batch, 4)), dtype='float64')   # 4 rows: tiny gemms
        states = [s + 0.5 for s in net.begin_state(batch_size=batch, dtype='float64')]
        for a in [data] + states:
            a.attach_grad()
        with autograd.record():
            out, new_states = net(data, states)
            loss = (out * nd.array(rs.uniform(-1, 1, out.shape), dtype='float64')).sum() \
                + sum((s * 3).sum() for s in new_states)
        loss.backward()
        params = list(net.collect_params().values())
        print(kind, batch, layers, bidirectional, 'forward', digest([out] + new_states),
              'input/state grads', digest([data.grad] + [s.grad for s in states]),
              'parameter grads', digest([p.grad() for p in params]))
        print('  ', [hex(v) for v in out.asnumpy().ravel().view(np.int64)[:3]],
              [hex(v) for v in params[-1].grad().asnumpy().ravel().view(np.int64)[:3]])

# the operator's attributes by position follow MXNet's declared order: state_size, num_layers, bidirectional, mode
rs = np.random.RandomState(0)
args = [nd.array(rs.uniform(-1, 1, s)) for s in ((3, 2, 3), (14,), (1, 2, 2))]
print(nd.RNN(*args, None, None, 2, 1, False, 'rnn_relu').shape)
try:
    nd.RNN(*args, None, None, 2, 1, 'rnn_relu')
except mx.base.MXNetError as e:
    print('MXNetError', 'bidirectional' in str(e))
