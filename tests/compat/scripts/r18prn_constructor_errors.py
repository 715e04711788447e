"""Layer and cell constructors called wrongly: Python's argument errors name each class's own __init__."""
import mxnet as mx
from mxnet.gluon import nn, rnn
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for name in ["Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose",
             "MaxPool1D", "MaxPool2D", "MaxPool3D", "AvgPool1D", "AvgPool2D", "AvgPool3D",
             "GlobalMaxPool1D", "GlobalMaxPool2D", "GlobalMaxPool3D", "GlobalAvgPool1D", "GlobalAvgPool2D",
             "GlobalAvgPool3D", "BatchNorm", "BatchNormReLU"]:
    cls = getattr(nn, name)
    attempt(f"{name}()", lambda: cls())
    attempt(f"{name}(*range(16))", lambda: cls(*range(16)))
    attempt(f"{name}(1, 2, channels=1, pool_size=1, axis=1)", lambda: cls(1, 2, channels=1, pool_size=1, axis=1))
    attempt(f"{name}(layout=None)", lambda: cls(2, 3, layout=None) if "Conv" in name else cls(layout=None))
for name in ["SequentialRNNCell", "HybridSequentialRNNCell", "HybridRecurrentCell", "ResidualCell", "ZoneoutCell",
             "DropoutCell", "BidirectionalCell", "LSTMCell"]:
    cls = getattr(rnn, name)
    attempt(f"rnn.{name}()", lambda: type(cls()).__name__)
    attempt(f"rnn.{name}(*range(9))", lambda: cls(*range(9)))
    attempt(f"rnn.{name}(bogus=1)", lambda: cls(bogus=1))
for name in ["ResidualCell", "ZoneoutCell", "SequentialRNNCell", "DropoutCell"]:
    cls = getattr(mx.rnn, name)
    attempt(f"mx.rnn.{name}()", lambda: type(cls()).__name__)
    attempt(f"mx.rnn.{name}(*range(9))", lambda: cls(*range(9)))
