"""The repr of every gluon.nn and gluon.rnn layer and cell with its options, before and after deferred
initialisation, with the parameters' names, shapes, dtypes and grad_req, and BatchNorm's running statistics
after training steps (imperative and hybridized)."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn, rnn

LAYERS = [
    (lambda: nn.Dense(3, activation="relu", use_bias=False), (2, 4)),
    (lambda: nn.Dense(3, flatten=False, dtype="float64"), None),
    (lambda: nn.Conv1D(4, 3, groups=2, activation="tanh"), (1, 2, 7)),
    (lambda: nn.Conv2D(2, (1, 3), strides=(2, 1), padding=(0, 1), dilation=(1, 2)), (1, 3, 5, 7)),
    (lambda: nn.Conv3DTranspose(2, (1, 2, 3), strides=(2, 1, 1), output_padding=(1, 0, 0), in_channels=3), None),
    (lambda: nn.Conv2DTranspose(4, 3, strides=2, groups=2, in_channels=2), None),
    (lambda: nn.MaxPool1D(3, 2, 1, ceil_mode=True), None),
    (lambda: nn.AvgPool3D(2, count_include_pad=False), None),
    (lambda: nn.GlobalMaxPool3D(layout="NDHWC"), None),
    (lambda: nn.BatchNorm(axis=2, momentum=0.5, epsilon=0.1, center=False, scale=False, use_global_stats=True), (2, 3, 4)),
    (lambda: nn.LayerNorm(axis=0, epsilon=0.2, center=False), (4, 2)),
    (lambda: nn.InstanceNorm(axis=2), (2, 3, 4)),
    (lambda: nn.GroupNorm(3, epsilon=0.5, center=False), (2, 6, 2)),
    (lambda: nn.Embedding(10, 4, dtype="float16", sparse_grad=True), (3,)),
    (lambda: nn.PReLU(), (2, 3)),
    (lambda: nn.LeakyReLU(0.3), None),
    (lambda: nn.ELU(0.5), None),
    (lambda: nn.Swish(2), None),
    (lambda: nn.Dropout(0.3, axes=(1,)), None),
    (lambda: nn.ReflectionPad2D(3), None),
    (lambda: nn.HybridLambda("relu"), None),
    (lambda: rnn.RNN(3, 2, "relu", bidirectional=True), (2, 1, 4)),
    (lambda: rnn.LSTM(3, layout="NTC", dropout=0.5, projection_size=2), (1, 2, 4)),
    (lambda: rnn.GRU(3, num_layers=3), (2, 1, 2)),
]
for make, shape in LAYERS:
    with mx.name.NameManager():
        layer = make()
    print(repr(layer))
    if shape is not None:
        layer.initialize()
        layer(nd.ones(shape))
        print("  ->", repr(layer).replace("\n", " | "))
        print("  ", [(n, p.shape, np.dtype(p.dtype).name, p.grad_req) for n, p in layer.collect_params().items()])

with mx.name.NameManager():
    cells = rnn.SequentialRNNCell()
    with cells.name_scope():
        cells.add(rnn.LSTMCell(3))
        cells.add(rnn.ResidualCell(rnn.GRUCell(3)))
        cells.add(rnn.ZoneoutCell(rnn.RNNCell(3, "relu"), 0.1, 0.2))
        cells.add(rnn.DropoutCell(0.5, axes=(0,)))
print(cells)
cells.initialize()
cells.unroll(2, nd.ones((2, 2, 3)), layout="NTC")
print(cells)
print([(n, p.shape) for n, p in cells.collect_params().items()])
with mx.name.NameManager():
    both = rnn.BidirectionalCell(rnn.LSTMCell(3, input_size=2), rnn.GRUCell(2, input_size=2))
print(both, both.state_info(4))

for hybrid in (False, True):
    with mx.name.NameManager():
        norm = nn.BatchNorm(momentum=0.6)
    norm.initialize()
    if hybrid:
        norm.hybridize()
    for step in range(3):
        x = nd.array(np.sin(np.arange(24) * 0.7 + step).reshape(4, 3, 2) * 2 + step)
        with autograd.record():
            y = norm(x)
        y.backward()
    print("BatchNorm steps", "hybridized" if hybrid else "",
          [np.round(a.asnumpy(), 4).tolist() for a in (norm.running_mean.data(), norm.running_var.data(),
                                                       norm.gamma.grad(), norm.beta.grad())])
