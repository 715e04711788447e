"""Recurrent training where the random stream matters: fused layers with dropout between layers (GRU, a
bidirectional LSTM, a relu RNN), unrolled cells with DropoutCell, ZoneoutCell, VariationalDropoutCell,
residual and bidirectional cells, hybridized or not, recorded in train or predict mode, to 5 digits."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import contrib, rnn
from _words import words


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


class Unrolled(gluon.HybridBlock):
    def __init__(self, cell, length, merge=True, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.cell = cell
        self.length, self.merge = length, merge

    def hybrid_forward(self, F, x):
        out, _ = self.cell.unroll(self.length, x, layout="NTC", merge_outputs=self.merge)
        return F.stack(*out, axis=1) if isinstance(out, list) else out


def stacked(*cells):
    seq = rnn.SequentialRNNCell()
    for c in cells:
        seq.add(c)
    return seq


MODELS = [
    ("gru2_dropout", lambda: rnn.GRU(4, num_layers=2, dropout=0.4, layout="NTC")),
    ("lstm2_bidirectional_dropout", lambda: rnn.LSTM(3, num_layers=2, dropout=0.5, bidirectional=True, layout="NTC")),
    ("rnn3_relu_dropout", lambda: rnn.RNN(4, num_layers=3, activation="relu", dropout=0.3, layout="NTC")),
    ("lstm_state_clip", lambda: rnn.LSTM(4, layout="NTC", state_clip_min=-0.1, state_clip_max=0.1, state_clip_nan=True)),
    ("gru_cell_list", lambda: Unrolled(rnn.GRUCell(4), 4, merge=False)),
    ("dropout_cell", lambda: Unrolled(rnn.DropoutCell(0.5), 4)),
    ("sequential_dropout", lambda: Unrolled(stacked(rnn.GRUCell(3), rnn.DropoutCell(0.3), rnn.LSTMCell(3)), 4)),
    ("zoneout", lambda: Unrolled(rnn.ZoneoutCell(rnn.GRUCell(4), zoneout_outputs=0.3, zoneout_states=0.2), 4)),
    ("residual", lambda: Unrolled(rnn.ResidualCell(rnn.GRUCell(3)), 4)),
    ("bidirectional_cell", lambda: Unrolled(rnn.BidirectionalCell(rnn.LSTMCell(3), rnn.GRUCell(2)), 4)),
    ("variational_dropout", lambda: Unrolled(contrib.rnn.VariationalDropoutCell(
        rnn.GRUCell(3), drop_inputs=0.3, drop_states=0.2, drop_outputs=0.4), 4)),
    ("lstmp_cell", lambda: Unrolled(contrib.rnn.LSTMPCell(4, 2), 4)),
]
x = nd.array(np.random.RandomState(0).normal(size=(3, 4, 3)))
for name, make in MODELS:
    for hybrid, train in [(False, True), (True, True), (False, False)]:
        mx.random.seed(3)
        try:
            net = make()
            net.initialize(mx.init.Xavier())
            if hybrid:
                net.hybridize()
            trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
            losses = []
            for step in range(2):
                with autograd.record(train_mode=train):
                    out = net(x)
                    loss = (out ** 2).mean()
                loss.backward()
                trainer.step(1)
                losses.append("%s %.5g" % (out.shape, float(loss.asscalar())))
            print(name, hybrid, train, " ".join(losses))
            print("  ", " ".join("%s=%s" % (k.split("_", 1)[1], bits(p.data())) for k, p in sorted(net.collect_params().items())))
        except Exception as e:
            print(name, hybrid, train, words(e))
