"""Layers refused by their kernels (float-only types, channel-last convolutions, InstanceNorm's rank and type,
reflection padding, BatchNormWithReLU, an Embedding index gradient) and by deferred shape inference, in MXNet's
words: a kernel names no operator, a deferred failure shows the core error as it prints itself."""
import re

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn, rnn


def words(e):
    """The exception's type and MXNet's check message without the C++ trace, time and place around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def run(label, make, x, cast=None, record=False):
    try:
        with mx.name.NameManager():
            layer = make()
        layer.initialize()
        if cast:
            layer.cast(cast)
        if record:
            x.attach_grad()
            with autograd.record():
                y = layer(x)
            y.backward()
        else:
            y = layer(x)
        y = y[0] if isinstance(y, (list, tuple)) else y
        print(label, "->", y.shape, y.asnumpy().ravel()[:3].tolist())
    except Exception as e:
        print(label, "->", words(e))
    try:
        nd.waitall()
    except Exception as e:
        print("  waitall ->", words(e))


ints = nd.array([[-2, 3], [1, -1]], dtype="int32")
run("Activation relu int32", lambda: nn.Activation("relu"), ints)
run("Activation sigmoid int8", lambda: nn.Activation("sigmoid"), ints.astype("int8"))
run("LeakyReLU int32", lambda: nn.LeakyReLU(0.1), ints)
run("BatchNorm int32", lambda: nn.BatchNorm(), ints)
run("LayerNorm int64", lambda: nn.LayerNorm(), ints.astype("int64"))
run("InstanceNorm 2-D", lambda: nn.InstanceNorm(), nd.ones((2, 3)))
run("InstanceNorm float64", lambda: nn.InstanceNorm(in_channels=2), nd.ones((1, 2, 3), dtype="float64"), "float64")
run("Conv2D NHWC", lambda: nn.Conv2D(2, 3, layout="NHWC"), nd.ones((1, 5, 5, 3)))
run("Conv2DTranspose NHWC", lambda: nn.Conv2DTranspose(2, 3, layout="NHWC"), nd.ones((1, 5, 5, 3)))
run("Conv3DTranspose float64", lambda: nn.Conv3DTranspose(2, 2, in_channels=2), nd.ones((1, 2, 3, 3, 3), dtype="float64"),
    "float64")
run("Conv2D float16", lambda: nn.Conv2D(2, 3, in_channels=1), nd.ones((1, 1, 4, 4), dtype="float16"), "float16")
run("Dense float16", lambda: nn.Dense(2, in_units=3), nd.ones((2, 3), dtype="float16"), "float16")
run("GRU float16", lambda: rnn.GRU(3, input_size=4), nd.ones((3, 2, 4), dtype="float16"), "float16")
run("ReflectionPad2D 3-D", lambda: nn.ReflectionPad2D(1), nd.ones((1, 3, 3)))
run("ReflectionPad2D 4 on 3x3", lambda: nn.ReflectionPad2D(4), nd.ones((1, 1, 3, 3)))
run("ReflectionPad2D on channels", lambda: nn.ReflectionPad2D((1, 1, 2, 2, 0, 0, 1, 1)), nd.ones((1, 2, 4, 5)))
run("BatchNormReLU 3-D", lambda: nn.BatchNormReLU(), nd.ones((2, 3, 4)))
run("Embedding with an index gradient", lambda: nn.Embedding(4, 2), nd.array([0, 3]), record=True)
run("LSTM clipping in float64", lambda: rnn.LSTM(2, state_clip_min=-1, state_clip_max=1, input_size=2),
    nd.ones((2, 1, 2), dtype="float64"), "float64")
print("-- deferred shape inference")
run("Conv2D on 3-D data", lambda: nn.Conv2D(2, 3), nd.ones((2, 4, 4)))
run("Conv1D on 4-D data", lambda: nn.Conv1D(2, 3), nd.ones((2, 4, 4, 4)))
run("Conv2D kernel past the input", lambda: nn.Conv2D(2, 5), nd.ones((1, 1, 3, 3)))
run("Conv2D 2 groups of 3 inputs", lambda: nn.Conv2D(4, 3, groups=2), nd.ones((1, 3, 5, 5)))
run("BatchNorm axis 3 of 3-D data", lambda: nn.BatchNorm(axis=3), nd.ones((2, 3, 4)))
run("LayerNorm axis 5", lambda: nn.LayerNorm(axis=5), nd.ones((2, 4)))
run("Dense of 0 units", lambda: nn.Dense(0), nd.ones((2, 3)))
run("Dense activation Relu", lambda: nn.Dense(2, activation="Relu"), nd.ones((2, 3)))
run("LSTM dropout 1.5", lambda: rnn.LSTM(3, dropout=1.5), nd.ones((2, 2, 3)))
run("GRU on 2-D data", lambda: rnn.GRU(3), nd.ones((3, 4)))
