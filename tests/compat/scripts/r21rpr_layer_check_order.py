"""Convolution, pooling and convolutional-cell constructors given two wrong settings at once: which refusal
MXNet's layer gives first (layout before sizes, lengths and a zero channel count before in_channels)."""
import mxnet as mx
from mxnet.gluon import nn
from mxnet.gluon.contrib import rnn as crnn
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for name in ["Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose"]:
    C = getattr(nn, name)
    attempt(f"{name} kernel and layout", lambda: C(2, (1, 2, 3, 4), layout="X"))
    attempt(f"{name} kernel None and layout None", lambda: C(2, None, layout=None))
    if "Transpose" in name:
        attempt(f"{name} output_padding and layout", lambda: C(2, 3, output_padding=(1, 2, 3, 4), layout="X"))
        attempt(f"{name} kernel and output_padding", lambda: C(2, (1, 2, 3, 4), output_padding=(1, 2, 3, 4)))
for name in ["MaxPool1D", "MaxPool2D", "MaxPool3D", "AvgPool1D", "AvgPool2D", "AvgPool3D"]:
    P = getattr(nn, name)
    attempt(f"{name} pool_size and layout", lambda: P((1, 2, 3, 4), layout="X"))
    attempt(f"{name} pool_size None and layout None", lambda: P(None, layout=None))
    attempt(f"{name} strides and layout", lambda: P(2, strides=(1, 2, 3, 4), layout="X"))
for in_channels in [None, -5, 2.5, "a"]:
    for name in ["Conv2D", "Conv2DTranspose"]:
        C = getattr(nn, name)
        attempt(f"{name} in_channels={in_channels!r} strides=None", lambda: C(4, 3, strides=None, in_channels=in_channels))
        attempt(f"{name} in_channels={in_channels!r} padding=(1, 1, 1)", lambda: C(4, 3, padding=(1, 1, 1),
                                                                                  in_channels=in_channels))
        attempt(f"{name} in_channels={in_channels!r} channels=0", lambda: C(0, 3, in_channels=in_channels))
        attempt(f"{name} in_channels={in_channels!r} channels=-3", lambda: C(-3, 3, in_channels=in_channels))
        attempt(f"{name} in_channels={in_channels!r} kernel=-2", lambda: C(4, -2, in_channels=in_channels))
        attempt(f"{name} in_channels={in_channels!r} groups=3", lambda: C(4, 3, groups=3, in_channels=in_channels))
for name in ["Conv1DGRUCell", "Conv2DLSTMCell", "Conv3DRNNCell"]:
    C = getattr(crnn, name)
    for key in ["i2h_kernel", "h2h_kernel", "i2h_pad", "i2h_dilate", "h2h_dilate", "conv_layout"]:
        kwargs = {"i2h_kernel": 3, "h2h_kernel": 3, key: None}
        attempt(f"{name} input_shape=None {key}=None", lambda: C(None, 2, **kwargs))
    attempt(f"{name} input_shape=None", lambda: C(None, 2, 3, 3))
    attempt(f"{name} input_shape=5", lambda: C(5, 2, 3, 3))
