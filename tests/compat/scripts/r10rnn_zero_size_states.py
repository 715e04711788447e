"""Recurrent layers and cells whose begin states have a zero size fail in nd.zeros with MXNet's shape report."""
import mxnet as mx
from mxnet import nd, gluon

rnn = gluon.rnn


def show(label, f):
    try:
        out = f()
        print(label, [o.shape for o in out] if isinstance(out, list) else out.shape)
    except mx.base.MXNetError as e:
        print(label, "MXNetError", repr(str(e).split("MXNetError: ")[-1]))


for label, make, shape in [("LSTM batch 0", lambda: rnn.LSTM(3), (3, 0, 4)), ("GRU hidden 0", lambda: rnn.GRU(0), (3, 2, 4)),
                           ("RNN no layers", lambda: rnn.RNN(3, num_layers=0), (3, 2, 4)),
                           ("GRU NTC batch 0", lambda: rnn.GRU(3, layout="NTC", input_size=4), (0, 3, 4))]:
    net = make()
    net.initialize()
    show(label, lambda: net(nd.ones(shape)) if 0 not in shape else net(nd.zeros(shape)))
show("LSTM begin_state()", lambda: rnn.LSTM(3, num_layers=2).begin_state())
show("LSTM begin_state float64", lambda: rnn.LSTM(3).begin_state(0, dtype="float64"))
show("LSTMCell begin_state()", lambda: rnn.LSTMCell(3).begin_state())
show("GRUCell begin_state(2)", lambda: rnn.GRUCell(3).begin_state(2))
show("nd.ones int32", lambda: nd.ones((0, 2), dtype="int32"))
show("nd.zeros cpu(1)", lambda: nd.zeros((2, -1), ctx=mx.cpu(1), __layout__="NC"))
show("nd.zeros ()", lambda: nd.zeros(()))
