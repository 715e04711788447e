"""Recurrent cells and layers with a non-integer hidden size fail in begin_state with nd.zeros' parameter error, which lists the context, type and hidden __layout__ MXNet's front end sends."""
import mxnet as mx


def show(label, f):
    try:
        f()
        print(label, "ok")
    except mx.base.MXNetError as e:
        print(label, type(e).__name__, str(e).splitlines()[-1].replace("MXNetError: ", ""))


show("LSTMCell(2.5)", lambda: mx.gluon.rnn.LSTMCell(2.5).begin_state(2))
show("GRUCell(1.5) float64", lambda: mx.gluon.rnn.GRUCell(1.5).begin_state(2, dtype="float64"))
show("RNN(2.5)", lambda: mx.gluon.rnn.RNN(2.5).begin_state(3))
show("LSTM(2.5, 2 layers)", lambda: mx.gluon.rnn.LSTM(2.5, num_layers=2).begin_state(1))
show("zeros", lambda: mx.nd.zeros((2.5, 2)))
show("zeros float64", lambda: mx.nd.zeros((2.5, 2), dtype="float64"))
show("ones with layouts", lambda: mx.nd.ones((1.5,), __layout__="N", __init__="zeros"))
