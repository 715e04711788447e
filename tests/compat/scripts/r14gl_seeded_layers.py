"""Layers initialised from a seed (default and named initializers), Dropout, an RNN's dropout, Zoneout and
DropoutCell in training: the random draws, and so the printed numbers, follow MXNet's streams."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn, rnn


def show(a):
    return np.round(a.asnumpy().astype(np.float64), 4).ravel()[:6].tolist()


def seeded(label, make, shape, init=None, hybrid=False):
    mx.random.seed(7)
    with mx.name.NameManager():
        layer = make()
    layer.initialize(init=init) if init is not None else layer.initialize()
    if hybrid:
        layer.hybridize()
    y = layer(nd.ones(shape))
    y = y[0] if isinstance(y, (list, tuple)) else y
    print(label, show(y), [show(p.data()) for _, p in sorted(layer.collect_params().items())])


for label, make, shape in [("Dense", lambda: nn.Dense(3), (2, 4)), ("Conv2D", lambda: nn.Conv2D(2, 3), (1, 2, 4, 4)),
                           ("Conv1DTranspose", lambda: nn.Conv1DTranspose(2, 3), (1, 2, 4)),
                           ("Embedding", lambda: nn.Embedding(5, 3), (2,)), ("PReLU", lambda: nn.PReLU(), (2, 3)),
                           ("LSTM", lambda: rnn.LSTM(3), (2, 1, 2)), ("GRU bidirectional", lambda: rnn.GRU(2, bidirectional=True),
                                                                     (2, 1, 2))]:
    seeded(label, make, shape)
    seeded(label + " hybridized", make, shape, hybrid=True)
    for init in (mx.init.Xavier(rnd_type="gaussian", factor_type="in", magnitude=2), mx.init.Normal(0.5),
                 mx.init.Uniform(0.3), mx.init.MSRAPrelu()):
        seeded(f"{label} {init.__class__.__name__}", make, shape, init)


def dropout(rate, axes, hybrid):
    mx.random.seed(11)
    layer = nn.Dropout(rate, axes=axes)
    layer.initialize()
    if hybrid:
        layer.hybridize()
    x = nd.ones((3, 4))
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    y.backward()
    print("Dropout", rate, axes, "hybridized" if hybrid else "", y.asnumpy().tolist(), show(x.grad))


for hybrid in (False, True):
    for rate, axes in [(0.5, ()), (0.25, (1,)), (0.9, (0,))]:
        dropout(rate, axes, hybrid)

mx.random.seed(3)
with mx.name.NameManager():
    lstm = rnn.LSTM(3, num_layers=2, dropout=0.5, input_size=2)
lstm.initialize()
with autograd.record():
    print("LSTM dropout 0.5", show(lstm(nd.ones((2, 2, 2)))))
mx.random.seed(5)
with mx.name.NameManager():
    zoneout = rnn.ZoneoutCell(rnn.RNNCell(3, input_size=2), 0.5, 0.5)
zoneout.initialize()
with autograd.record():
    out, states = zoneout.unroll(3, nd.ones((1, 3, 2)), layout="NTC", merge_outputs=True)
print("ZoneoutCell", show(out), [show(s) for s in states])
mx.random.seed(5)
cell = rnn.DropoutCell(0.5)
with autograd.record():
    out, _ = cell.unroll(3, nd.ones((1, 3, 4)), layout="NTC", merge_outputs=True)
print("DropoutCell", out.asnumpy().tolist())
