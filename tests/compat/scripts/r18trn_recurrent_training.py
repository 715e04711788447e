"""LSTM, GRU and vanilla RNN layers (stacked, bidirectional, with dropout) and unrolled cells trained a few steps:
the loss at each step and the parameters' sum, hybridized and not."""
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn, rnn

LAYERS = {"lstm": rnn.LSTM, "gru": rnn.GRU, "rnn": rnn.RNN}
CELLS = {"lstm": rnn.LSTMCell, "gru": rnn.GRUCell, "rnn": rnn.RNNCell}


class Tagger(gluon.HybridBlock):
    def __init__(self, kind, layers, bidirectional, dropout, cells, **kwargs):
        super().__init__(**kwargs)
        self.cells = cells
        with self.name_scope():
            if cells:
                self.seq = rnn.HybridSequentialRNNCell()
                for i in range(layers):
                    self.seq.add(CELLS[kind](5, input_size=5 if i else 3))
            else:
                self.seq = LAYERS[kind](5, num_layers=layers, bidirectional=bidirectional, dropout=dropout,
                                        input_size=3)
            self.out = nn.Dense(3, flatten=False)

    def hybrid_forward(self, F, x):
        if self.cells:
            h, _ = self.seq.unroll(4, x, layout="TNC", merge_outputs=True)
        else:
            h = self.seq(x)
        return F.mean(self.out(h), axis=0)


loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for kind in LAYERS:
    for layers, bidirectional, dropout, cells, hybrid in [(1, False, 0.0, False, False), (2, True, 0.3, False, False),
                                                          (2, False, 0.0, False, True), (2, False, 0.0, True, False),
                                                          (1, False, 0.0, True, True)]:
        mx.random.seed(7)
        net = Tagger(kind, layers, bidirectional, dropout, cells)
        net.initialize(mx.init.Xavier())
        if hybrid:
            net.hybridize()
        trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 0.01, "clip_gradient": 1.0})
        losses = []
        for step in range(5):
            rs = np.random.RandomState(step)
            x, y = nd.array(rs.randn(4, 6, 3)), nd.array(rs.randint(0, 3, size=(6,)))
            with autograd.record():
                loss = loss_fn(net(x), y)
            loss.backward()
            trainer.step(6)
            losses.append("%.5g" % loss.mean().asscalar())
        total = sum(float(p.data().abs().sum().asscalar()) for p in net.collect_params().values())
        print(kind, layers, bidirectional, dropout, "cells" if cells else "layer", "hybrid" if hybrid else "",
              " ".join(losses), "| %.5g" % total, len(net.collect_params().keys()))
