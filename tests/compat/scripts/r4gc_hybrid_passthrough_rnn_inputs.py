"""A hybridized block's passed-through inputs, PixelShuffle float factors, RNN input counts."""
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd


def show(label, fn):
    try:
        out = fn()
        print(label, out)
    except Exception as e:          # the class is what matters, MXNet's text differs
        print(label, type(e).__name__)


class Passing(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return x, y + 1, x


def passthrough_grad():
    net = Passing()
    net.hybridize()
    x = nd.array([1., 2.])
    x.attach_grad()
    with autograd.record():
        a, b, c = net(x, x)
        z = (a * 2).sum() + b.sum() + c.sum()
    z.backward()
    return x.grad.asnumpy().tolist()


def passthrough_memory():
    net = Passing()
    net.hybridize()
    x = nd.array([1., 2.])
    a, b, c = net(x, x)
    a[:] = 5
    return x.asnumpy().tolist(), c.asnumpy().tolist()


def residual_dropout_unroll(hybridize):
    mx.random.seed(0)
    cell = gluon.rnn.SequentialRNNCell()
    cell.add(gluon.rnn.ResidualCell(gluon.rnn.RNNCell(3, input_size=3)))
    cell.add(gluon.rnn.DropoutCell(0.0))
    cell.initialize(mx.init.Constant(0.1))
    if hybridize:
        cell.hybridize()
    x = nd.array(np.arange(18).reshape(3, 2, 3) / 10.0)
    x.attach_grad()
    with autograd.record():
        out, states = cell.unroll(3, x, layout='TNC', merge_outputs=False)
        loss = sum([o.sum() for o in out]) + states[0].sum()
    loss.backward()
    return np.round(x.grad.asnumpy(), 4).ravel().tolist()


show('passthrough grad', passthrough_grad)
show('passthrough memory', passthrough_memory)
show('residual unroll', lambda: residual_dropout_unroll(False))
show('residual unroll hybridized', lambda: residual_dropout_unroll(True))

for factor in (2.5, (2.5, 2), 2.0, (2, 2, 2)):
    for cls in (gluon.contrib.nn.PixelShuffle1D, gluon.contrib.nn.PixelShuffle2D, gluon.contrib.nn.PixelShuffle3D):
        show('%s %s' % (cls.__name__, factor), lambda: repr(cls(factor)))
show('PixelShuffle2D 2.5 forward', lambda: gluon.contrib.nn.PixelShuffle2D(2.5)(nd.arange(16).reshape(1, 4, 2, 2)).asnumpy().tolist())

data = nd.ones((3, 2, 3))
h = nd.zeros((1, 2, 2))
tanh_params = nd.ones((2 * 3 + 2 * 2 + 2 * 2,)) * 0.1
lstm_params = nd.ones((4 * 2 * 3 + 4 * 2 * 2 + 8 * 2,)) * 0.1
for label, args, mode in (('tanh 3', (data, tanh_params, h), 'rnn_tanh'), ('tanh 4', (data, tanh_params, h, h), 'rnn_tanh'),
                          ('tanh 5', (data, tanh_params, h, h, h), 'rnn_tanh'), ('lstm 4', (data, lstm_params, h, h), 'lstm'),
                          ('lstm 5', (data, lstm_params, h, h, h), 'lstm')):
    show('nd.RNN ' + label, lambda: nd.RNN(*args, state_size=2, num_layers=1, mode=mode).shape)

for kind in ('RNN', 'GRU', 'LSTM'):
    for hybridize in (False, True):
        def call():
            layer = getattr(gluon.rnn, kind)(2, input_size=3)
            layer.initialize(mx.init.Constant(0.1))
            if hybridize:
                layer.hybridize()
            out, states = layer(data, [h] * 3)
            return out.shape
        show('%s three states hybridize=%s' % (kind, hybridize), call)
