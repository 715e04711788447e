# gluon.rnn edge cases: sequence lengths, clipping, dtypes, hybridize, errors, cell hybrid/unroll variants.
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import rnn
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", summary(r))
    except Exception as e:
        print(label, "raises", type(e).__name__)


def summary(x):
    if isinstance(x, (list, tuple)):
        return type(x).__name__ + "[" + ", ".join(summary(e) for e in x) + "]"
    if isinstance(x, nd.NDArray):
        a = x.asnumpy().astype(np.float64)
        return "%s%s(%s|%s)" % (x.shape, np.dtype(x.dtype).name, round(float(a.sum()), 4) + 0.0,
                                np.round(a.ravel()[:3], 4).tolist())
    return repr(x)


def build(layer):
    mx.random.seed(3)
    layer.initialize()
    return layer


x = nd.random.uniform(-1, 1, shape=(4, 2, 3))
vl = nd.array([2, 4])
gru = build(rnn.GRU(3, use_sequence_length=True, bidirectional=True))
attempt("bigru seq len", lambda: gru(x, gru.begin_state(2), vl))
attempt("float64 layer", lambda: build(rnn.GRU(2, dtype="float64"))(x.astype("float64")))
attempt("float64 params", lambda: build(rnn.GRU(2, dtype="float64")).l0_i2h_weight.data().dtype)
attempt("begin_state func", lambda: build(rnn.RNN(2)).begin_state(3, func=nd.ones))
attempt("begin_state kwargs", lambda: rnn.LSTM(2).begin_state(3, dtype="float64"))
attempt("wrong state count", lambda: build(rnn.LSTM(2))(x, [nd.zeros((1, 2, 2))]))
attempt("input size mismatch", lambda: build(rnn.GRU(2, input_size=5))(x))
attempt("bad mode", lambda: rnn.RNN(2, activation="sigmoid"))
attempt("projection on gru", lambda: rnn.GRU(2, projection_size=1))
net = build(rnn.LSTM(3, num_layers=2))
net.hybridize()
attempt("hybrid lstm", lambda: net(x))
attempt("hybrid lstm states", lambda: net(x, net.begin_state(2)))
with autograd.record():
    out = build(rnn.GRU(3))(x)
out.backward()
attempt("grad flows", lambda: out)
i2h = rnn.LSTM(2, i2h_weight_initializer="ones", h2h_bias_initializer=mx.init.Constant(0.5))
i2h.initialize()
attempt("initializers", lambda: (i2h.l0_h2h_bias.data(), i2h(x)))
print(rnn.LSTM(2, i2h_weight_initializer="ones").collect_params())

# cells
cell = rnn.LSTMCell(3, input_size=3)
mx.random.seed(4)
cell.initialize()
cell.hybridize()
attempt("hybrid cell step", lambda: cell(x[0], cell.begin_state(2)))
attempt("hybrid cell unroll", lambda: cell.unroll(4, x, layout="TNC", merge_outputs=True))
attempt("unroll NTC list out", lambda: cell.unroll(2, nd.swapaxes(x, 0, 1)[:, :2], layout="NTC", merge_outputs=False))
attempt("unroll begin_state", lambda: cell.unroll(4, x, layout="TNC", begin_state=[nd.ones((2, 3)), nd.ones((2, 3))]))
attempt("unroll wrong length", lambda: cell.unroll(5, x, layout="TNC"))
attempt("unroll bad layout", lambda: cell.unroll(4, x, layout="CNT"))
attempt("cell 3D input", lambda: cell(x, cell.begin_state(2)))
rc = rnn.RNNCell(2, input_size=3)
mx.random.seed(4)
rc.initialize()
attempt("rnn cell vl merge False", lambda: rc.unroll(4, x, layout="TNC", merge_outputs=False, valid_length=vl))
zc = rnn.ZoneoutCell(rnn.GRUCell(2, input_size=3), zoneout_outputs=0.5, zoneout_states=0.5)
mx.random.seed(4)
zc.initialize()
with autograd.train_mode():
    mx.random.seed(5)
    attempt("zoneout train", lambda: zc.unroll(4, x, layout="TNC", merge_outputs=True))
attempt("zoneout predict", lambda: zc.unroll(4, x, layout="TNC", merge_outputs=True))
dc = rnn.DropoutCell(0.5)
with autograd.train_mode():
    mx.random.seed(5)
    attempt("dropout cell", lambda: dc.unroll(4, x, layout="TNC", merge_outputs=True))
attempt("dropout cell state_info", lambda: dc.state_info(2))
res = rnn.ResidualCell(rnn.GRUCell(3, input_size=3))
mx.random.seed(4)
res.initialize()
attempt("residual", lambda: res.unroll(4, x, layout="TNC", merge_outputs=True))
attempt("residual list", lambda: res.unroll(4, x, layout="TNC", merge_outputs=False))
bi = rnn.BidirectionalCell(rnn.GRUCell(2, input_size=3), rnn.GRUCell(2, input_size=3))
mx.random.seed(4)
bi.initialize()
attempt("bidirectional", lambda: bi.unroll(4, x, layout="TNC", merge_outputs=True))
attempt("bidirectional vl", lambda: bi.unroll(4, x, layout="TNC", merge_outputs=True, valid_length=vl))
attempt("bi begin_state", lambda: [s.shape for s in bi.begin_state(2)])
seq = rnn.SequentialRNNCell()
seq.add(rnn.GRUCell(2, input_size=3))
seq.add(rnn.LSTMCell(2, input_size=2))
mx.random.seed(4)
seq.initialize()
attempt("sequential", lambda: seq.unroll(4, x, layout="TNC", merge_outputs=True))
attempt("sequential step", lambda: seq(x[0], seq.begin_state(2)))
attempt("sequential len/getitem", lambda: (len(seq), type(seq[1]).__name__))
