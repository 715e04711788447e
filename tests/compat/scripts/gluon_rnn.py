# Gluon rnn layers and cells: reprs, state_info, begin_state, unroll merge modes, layouts, outputs.
import mxnet as mx
from mxnet import nd
from mxnet.gluon import rnn
import numpy as np


def show(label, x):
    if isinstance(x, (list, tuple)):
        print(label, type(x).__name__, len(x))
        for i, e in enumerate(x):
            show("  %s[%d]" % (label, i), e)
        return
    a = x.asnumpy().astype(np.float64)
    print(label, x.shape, round(float(a.sum()), 4) + 0.0, np.round(a.ravel()[:4], 4).tolist())


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


for layer in [rnn.RNN(4), rnn.RNN(4, 2, activation="tanh", layout="NTC", dropout=0.1, bidirectional=True, input_size=3),
              rnn.LSTM(5), rnn.LSTM(5, 2, bidirectional=True, input_size=3, projection_size=2),
              rnn.GRU(3), rnn.GRU(3, 3, layout="NTC", dropout=0.5, input_size=2)]:
    print(layer)
    print([(k, v.shape) for k, v in layer.collect_params().items()])
    print(layer.state_info(2))

for cell in [rnn.RNNCell(4), rnn.RNNCell(4, activation="relu", input_size=3), rnn.LSTMCell(5), rnn.LSTMCell(5, input_size=2),
             rnn.GRUCell(3), rnn.GRUCell(3, input_size=6)]:
    print(cell)
    print([(k, v.shape) for k, v in cell.collect_params().items()])
    print(cell.state_info(2))
    st = cell.begin_state(batch_size=2)
    print([s.shape for s in st])

stack = rnn.SequentialRNNCell()
with stack.name_scope():
    stack.add(rnn.LSTMCell(4))
    stack.add(rnn.DropoutCell(0.5))
    stack.add(rnn.ResidualCell(rnn.GRUCell(4)))
    stack.add(rnn.ZoneoutCell(rnn.RNNCell(4), zoneout_outputs=0.1, zoneout_states=0.2))
print(stack)
print(stack.state_info(3))
print(list(stack.collect_params().keys()))
bi = rnn.BidirectionalCell(rnn.LSTMCell(3, prefix="l_"), rnn.LSTMCell(3, prefix="r_"))
print(bi)
print(bi.state_info(2))
hs = rnn.HybridSequentialRNNCell()
hs.add(rnn.GRUCell(2))
print(hs)

# Fused layers with fixed seeds
x = nd.random.uniform(-1, 1, shape=(3, 2, 4))
for layer in [rnn.RNN(3), rnn.LSTM(3, num_layers=2), rnn.GRU(3, bidirectional=True), rnn.LSTM(3, projection_size=2)]:
    mx.random.seed(5)
    layer.initialize()
    out = layer(x)
    show(type(layer).__name__ + " out", out)
    states = layer.begin_state(batch_size=2)
    out, new_states = layer(x, states)
    show("  with states", out)
    show("  states", new_states)
xn = nd.random.uniform(-1, 1, shape=(2, 3, 4))
mx.random.seed(5)
g = rnn.GRU(3, layout="NTC")
g.initialize()
show("NTC", g(xn))
attempt("bad state", lambda: g(xn, [nd.zeros((1, 5, 3))]))
attempt("bad layout", lambda: rnn.GRU(3, layout="CTN"))

# Cells unrolled
for cls in (rnn.RNNCell, rnn.LSTMCell, rnn.GRUCell):
    cell = cls(3, input_size=4)
    mx.random.seed(9)
    cell.initialize()
    for merge in (True, False, None):
        outs, states = cell.unroll(3, x, layout="TNC", merge_outputs=merge)
        show("%s merge=%s" % (cls.__name__, merge), outs)
    show("  states", states)
    o, s = cell(x[0], cell.begin_state(batch_size=2))
    show("  step", o)
    outs, states = cell.unroll(3, [x[i] for i in range(3)], layout="TNC")
    show("  list input", outs)
    outs, states = cell.unroll(3, xn, layout="NTC", merge_outputs=True, valid_length=nd.array([1, 3]))
    show("  valid_length", outs)
    show("  vl states", states)
mx.random.seed(9)
stack.initialize()
outs, states = stack.unroll(3, x, layout="TNC", merge_outputs=True)
show("stack", outs)
show("stack states", states)
mx.random.seed(9)
bi.initialize()
outs, states = bi.unroll(3, xn, layout="NTC", merge_outputs=False)
show("bi", outs)
attempt("bi step", lambda: bi(x[0], bi.begin_state(2)))
cell = rnn.LSTMCell(2)
attempt("begin_state func", lambda: [s.shape for s in cell.begin_state(batch_size=3, func=nd.ones)])
cell.reset()
