"""Gluon layers hybridized under NumPy semantics: the operators and node names of their exported graphs
(Dropout without rate, the fused RNN layers' packed parameters), beside the legacy graphs."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import nn, rnn

where = tempfile.mkdtemp()


def dropouts():
    net = nn.HybridSequential()
    net.add(nn.Dense(3, in_units=2), nn.Dropout(0.0), nn.Dropout(0.5, axes=(1,)))
    return net


layers = {
    "dropouts": (dropouts, (2, 2)),
    "rnn": (lambda: rnn.RNN(3, input_size=2), (4, 2, 2)),
    "lstm_two_layers": (lambda: rnn.LSTM(2, num_layers=2, input_size=2), (3, 2, 2)),
    "gru_bidirectional": (lambda: rnn.GRU(2, bidirectional=True, input_size=2, layout="NTC"), (2, 3, 2)),
}
for semantics in ("legacy", "numpy"):
    if semantics == "numpy":
        npx.set_np()
    for name, (make, shape) in layers.items():
        with mx.name.NameManager():
            net = make()
            net.initialize(mx.init.Constant(0.1))
            net.hybridize()
            x = (np if semantics == "numpy" else mx.nd).ones(shape)
            out = net(x)
            path = os.path.join(where, f"{semantics}-{name}")
            net.export(path)
            graph = json.load(open(path + "-symbol.json"))
            print(semantics, name, out.shape, round(float(out.sum().asnumpy()), 4))
            print("  ", [(n["op"], n["name"]) for n in graph["nodes"] if n["op"] != "null"])
            print("  ", graph["attrs"])
