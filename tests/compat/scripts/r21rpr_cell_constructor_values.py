"""Recurrent cells, recurrent layers and losses given odd option values: what their reprs show and which
refusal comes first (layouts given as tuples, sizes of None or True, conv cells' layout and input shape)."""
import mxnet as mx
from mxnet import gluon
from mxnet.gluon import rnn
from mxnet.gluon.contrib import rnn as crnn
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for value in [None, True, 2.5, (2,)]:
    attempt(f"RNNCell({value!r})", lambda: repr(rnn.RNNCell(value, prefix="r_")))
    attempt(f"RNNCell({value!r}) params", lambda: repr(rnn.RNNCell(value, prefix="r_").collect_params()))
    attempt(f"RNNCell({value!r}) state", lambda: rnn.RNNCell(value).state_info(2))
    attempt(f"LSTMCell({value!r})", lambda: repr(rnn.LSTMCell(value)))
    attempt(f"GRUCell({value!r})", lambda: repr(rnn.GRUCell(value)))
for value in [(2, 2), ("NTC",), ("x",), (), ["TNC"], "tnc"]:
    attempt(f"LSTM layout={value!r}", lambda: repr(rnn.LSTM(3, layout=value)))
    attempt(f"CTCLoss layout={value!r}", lambda: repr(gluon.loss.CTCLoss(layout=value)))
    attempt(f"CTCLoss label_layout={value!r}", lambda: repr(gluon.loss.CTCLoss(label_layout=value)))
    attempt(f"LogisticLoss label_format={value!r}", lambda: repr(gluon.loss.LogisticLoss(label_format=value)))
for dims, shape in [(1, (3, 5)), (2, (3, 5, 5)), (3, (3, 5, 5, 5))]:
    for kind in ["RNN", "LSTM", "GRU"]:
        C = getattr(crnn, f"Conv{dims}D{kind}Cell")
        attempt(f"{C.__name__} layout=None", lambda: repr(C(shape, 2, 3, 3, conv_layout=None)))
        attempt(f"{C.__name__} input_shape=[]", lambda: repr(C([], 2, 3, 3)))
        attempt(f"{C.__name__} hidden=None", lambda: repr(C(shape, None, 3, 3)))
        attempt(f"{C.__name__} hidden=True", lambda: repr(C(shape, True, 3, 3)))
C = crnn.Conv2DLSTMCell
attempt("layout before shape", lambda: C([], 2, 3, 3, conv_layout=None))
attempt("layout before channels", lambda: C((3, 5, 5), None, 3, 3, conv_layout=None))
attempt("shape before channels", lambda: C([], None, 3, 3))
attempt("odd kernel before layout", lambda: C((3, 5, 5), 2, 3, 2, conv_layout=None))
attempt("kernel rank before layout", lambda: C((3, 5, 5), 2, (3,), 3, conv_layout=None))
attempt("list input shape", lambda: (repr(C([3, 5, 5], 2, 3, 3)), C([3, 5, 5], 2, 3, 3).state_info(1)))
attempt("layout without C", lambda: repr(C((5, 5, 3), 2, 3, 3, conv_layout="NHW")))
attempt("layout in lower case", lambda: repr(C((3, 5, 5), 2, 3, 3, conv_layout="nchw")))
