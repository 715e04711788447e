"""Gluon RNN, LSTM and GRU layers and cells with fixed parameters: outputs, states and gradients over layouts,
layers, directions and projections, begin_state, and cell unrolls with valid_length and merge_outputs."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import rnn


def pattern(shape, k, dtype="float32"):
    n = int(np.prod(shape))
    return nd.array(np.sin(np.arange(n) * 0.731 + k * 1.37 + 0.3).reshape(shape) * 0.8, dtype=dtype)


def show(a):
    return np.round(a.asnumpy().astype(np.float64), 4).ravel()[:6].tolist()


def fix(block):
    for i, (_, p) in enumerate(sorted(block.collect_params().items())):
        p.set_data(pattern(p.shape, i, p.dtype) * 0.5)


def layer_case(label, make, shape, hybrid=False, dtype="float32"):
    with mx.name.NameManager():
        layer = make()
    layer.initialize()
    layer(pattern(shape, 5))
    fix(layer)
    if dtype != "float32":
        layer.cast(dtype)
    if hybrid:
        layer.hybridize()
    batch = shape[layer._layout.find("N")]
    states = [pattern(s.shape, 7 + i, dtype) for i, s in enumerate(layer.begin_state(batch, dtype=dtype))]
    x = pattern(shape, 6, dtype)
    for a in [x] + states:
        a.attach_grad()
    with autograd.record():
        out, new_states = layer(x, states)
        loss = (out * pattern(out.shape, 3, dtype)).sum() + sum((s * pattern(s.shape, 4, dtype)).sum()
                                                               for s in new_states)
    loss.backward()
    print(label, "hybrid" if hybrid else "", out.shape, [s.shape for s in new_states], show(out),
          [show(s) for s in new_states], show(x.grad), [show(s.grad) for s in states])


for cls in (rnn.RNN, rnn.LSTM, rnn.GRU):
    name = cls.__name__
    layer_case(name, lambda: cls(3), (3, 2, 4))
    layer_case(name + " 2 layers bidirectional NTC", lambda: cls(3, num_layers=2, bidirectional=True, layout="NTC"),
               (2, 3, 4))
    layer_case(name + " 2 layers bidirectional NTC", lambda: cls(3, num_layers=2, bidirectional=True, layout="NTC"),
               (2, 3, 4), hybrid=True)
    layer_case(name + " float64", lambda: cls(2, input_size=4), (3, 2, 4), dtype="float64")
layer_case("RNN relu", lambda: rnn.RNN(3, activation="relu"), (3, 2, 4))
with mx.name.NameManager():
    projected = rnn.LSTM(4, projection_size=2, bidirectional=True, input_size=3)
projected.initialize()
fix(projected)
out, states = projected(pattern((3, 2, 3), 6), projected.begin_state(2))        # (no training on CPU)
print("LSTM projection", out.shape, [s.shape for s in states], show(out), [show(s) for s in states])
with mx.name.NameManager():
    lstm = rnn.LSTM(4, num_layers=2, projection_size=2, input_size=3)
print(lstm, [(n, p.shape) for n, p in lstm.collect_params().items()])
print([s.shape for s in rnn.GRU(5, num_layers=3, bidirectional=True).begin_state(4)])


def cell_case(label, make, layout="NTC", merge=True, valid=None):
    with mx.name.NameManager():
        cell = make()
    cell.initialize()
    shape = (2, 3, 4) if layout == "NTC" else (3, 2, 4)
    cell.unroll(3, pattern(shape, 5), layout=layout)
    fix(cell)
    x = pattern(shape, 6)
    x.attach_grad()
    with autograd.record():
        out, states = cell.unroll(3, x, layout=layout, merge_outputs=merge,
                                  valid_length=None if valid is None else nd.array(valid))
        outs = out if isinstance(out, list) else [out]
        loss = sum((o * pattern(o.shape, 3 + i)).sum() for i, o in enumerate(outs)) + \
            sum((s * pattern(s.shape, 9)).sum() for s in states)
    loss.backward()
    print(label, [o.shape for o in outs], [show(o) for o in outs], [show(s) for s in states], show(x.grad),
          [show(p.grad()) for _, p in sorted(cell.collect_params().items())][:2])


for cls in (rnn.RNNCell, rnn.LSTMCell, rnn.GRUCell):
    name = cls.__name__
    cell_case(name, lambda: cls(3))
    cell_case(name + " TNC", lambda: cls(3, input_size=4), layout="TNC")
    cell_case(name + " unmerged, valid_length", lambda: cls(3), merge=False, valid=[1, 3])
    cell_case(name + " valid_length", lambda: cls(3), valid=[2, 3])


def stack():
    cells = rnn.SequentialRNNCell()
    with cells.name_scope():
        cells.add(rnn.LSTMCell(3))
        cells.add(rnn.GRUCell(2))
    return cells


cell_case("SequentialRNNCell", stack)
cell_case("SequentialRNNCell valid_length", stack, valid=[2, 1])
cell_case("BidirectionalCell", lambda: rnn.BidirectionalCell(rnn.LSTMCell(3), rnn.GRUCell(2)))
cell_case("BidirectionalCell valid_length", lambda: rnn.BidirectionalCell(rnn.LSTMCell(3), rnn.GRUCell(2)),
          valid=[3, 2])
cell_case("ResidualCell", lambda: rnn.ResidualCell(rnn.GRUCell(4)))
cell_case("ZoneoutCell without zoneout", lambda: rnn.ZoneoutCell(rnn.LSTMCell(3), 0.0, 0.0))
cell_case("DropoutCell 0", lambda: rnn.DropoutCell(0.0), valid=[1, 3])
print(stack(), rnn.BidirectionalCell(rnn.LSTMCell(3), rnn.GRUCell(2)), rnn.ZoneoutCell(rnn.LSTMCell(2), 0.2, 0.3))
