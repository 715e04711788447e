"""Convolution layers check their groups, window and output padding when built, as MXNet infers the weight
shape there: the refusals name the graph node (conv0_convolution0, conv0_deconvolution0)."""
import re

import mxnet as mx
from mxnet.gluon import nn


def words(e):
    """The exception's type and MXNet's check message without the C++ trace, time and place around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def build(label, make):
    with mx.name.NameManager():
        try:
            print(label, "->", make())
        except Exception as e:
            print(label, "->", words(e))


build("Conv2D groups=3 of 4 filters", lambda: nn.Conv2D(4, 3, groups=3))
build("Conv1D groups=2 of 3 inputs", lambda: nn.Conv1D(4, 3, groups=2, in_channels=3))
build("Conv2D groups=2 of 4 filters", lambda: nn.Conv2D(4, 3, groups=2))
build("Conv2DTranspose groups=2, in unknown", lambda: nn.Conv2DTranspose(4, 3, groups=2))
build("Conv2DTranspose groups=4, in unknown", lambda: nn.Conv2DTranspose(4, 3, groups=4))
build("Conv2DTranspose groups=3, in unknown", lambda: nn.Conv2DTranspose(4, 3, groups=3))
build("Conv1DTranspose groups=2 of 3 filters", lambda: nn.Conv1DTranspose(3, 3, groups=2, in_channels=4))
build("Conv1DTranspose groups=2 of 4 filters", lambda: nn.Conv1DTranspose(4, 3, groups=2, in_channels=4))
build("Conv3DTranspose dilation 2", lambda: nn.Conv3DTranspose(4, 3, dilation=2, in_channels=2))
build("Conv3DTranspose dilation (1, 2, 3)", lambda: nn.Conv3DTranspose(4, 3, dilation=(1, 2, 3), in_channels=2))
build("Conv3DTranspose dilation 2, groups 2", lambda: nn.Conv3DTranspose(4, 3, dilation=2, groups=2))
build("Conv2DTranspose prefix up_", lambda: nn.Conv2DTranspose(4, 3, groups=2, prefix="up_"))
build("Conv2D strides (1, 0)", lambda: nn.Conv2D(2, 3, strides=(1, 0)))
build("Conv2DTranspose kernel 0", lambda: nn.Conv2DTranspose(2, 0))
build("Conv3D strides 0", lambda: nn.Conv3D(2, 3, strides=0))
build("Conv1D dilation 0", lambda: nn.Conv1D(2, 3, dilation=0))
build("Conv2D strides -1", lambda: nn.Conv2D(2, 3, strides=-1))
build("Conv2D kernel -1", lambda: nn.Conv2D(2, -1))
build("Conv2D dilation -2", lambda: nn.Conv2D(2, 3, dilation=-2))
build("Conv2DTranspose output_padding 2, strides 2", lambda: nn.Conv2DTranspose(2, 3, strides=2, output_padding=2))
build("Conv2DTranspose output_padding (1, 3)", lambda: nn.Conv2DTranspose(2, 3, strides=(2, 3), output_padding=(1, 3)))
build("Conv3DTranspose output_padding (0, 0, 2)",
      lambda: nn.Conv3DTranspose(2, 3, strides=2, output_padding=(0, 0, 2)))
build("Conv2D in_channels '2'", lambda: nn.Conv2D(2, 3, in_channels="2"))
build("Conv2D in_channels 2.5", lambda: nn.Conv2D(2, 3, in_channels=2.5))
build("Conv2DTranspose output_padding 1, strides 2", lambda: nn.Conv2DTranspose(2, 3, strides=2, output_padding=1))


def nested():
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Conv2D(4, 3), nn.Conv2DTranspose(4, 3, groups=2))
    return net


build("a second layer in a HybridSequential", nested)
