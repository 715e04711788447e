"""Native float32 RNN training over wide states: the state product of over 384 terms adds each K block's sum onto the input's product (LSTM, tanh RNN forward) or onto the update gate's direct gradient (GRU backward)."""
import hashlib
import numpy as np
from mxnet import autograd, gluon, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for kind, hidden, batch in (('LSTM', 400, 4), ('LSTM', 512, 2), ('RNN', 800, 3), ('GRU', 192, 4), ('GRU', 400, 2)):
    layer = getattr(gluon.rnn, kind)(hidden, input_size=16)
    layer.initialize()
    for p in layer.collect_params().values():
        p.set_data(nd.array(rs.uniform(-0.1, 0.1, p.shape).astype('float32')))
    x = nd.array(rs.randn(3, batch, 16).astype('float32'))
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    y.backward(nd.array(rs.randn(*y.shape).astype('float32')))
    print(kind, hidden, batch, h(y), h(x.grad), ' '.join(h(p.grad()) for p in layer.collect_params().values()))
    print('  ', y.asnumpy().ravel()[-2:].tolist(), x.grad.asnumpy().ravel()[:2].tolist())
