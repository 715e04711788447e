"""A convolution layer or model zoo network built with no output channels: MXNet's whole refusal, naming the
operator's attributes in the order its parser holds them."""
# recorded on AVX2
import re
import warnings

import mxnet as mx
from mxnet.gluon import nn
from mxnet.gluon.model_zoo import vision

warnings.simplefilter("ignore")


def refusal(e):
    """Every line of MXNet's message, without its C++ trace, source places and 'MXNetError: ' lead."""
    lines = str(e).splitlines()
    if lines and lines[0].startswith("Traceback"):
        lines = lines[next(i for i, line in enumerate(lines) if not line.startswith(("Traceback", "  File"))):]
    text = " | ".join(lines)
    text = re.sub(r"(\[\d\d:\d\d:\d\d\] )?\S+\.(cc|h):\d+: ", "", text)
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return text


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, refusal(e))


LAYERS = [("Conv1D", nn.Conv1D, 1), ("Conv2D", nn.Conv2D, 2), ("Conv3D", nn.Conv3D, 3),
          ("Conv1DTranspose", nn.Conv1DTranspose, 1), ("Conv2DTranspose", nn.Conv2DTranspose, 2),
          ("Conv3DTranspose", nn.Conv3DTranspose, 3)]
SETTINGS = [{}, {"in_channels": 4}, {"strides": 2, "padding": 1}, {"dilation": 2, "groups": 2, "use_bias": False},
            {"activation": "relu", "layout": None}]
for name, layer, n in LAYERS:
    for channels in (0, "0", 1):
        for kw in SETTINGS:
            kw = dict(kw)
            if "layout" in kw:
                kw["layout"] = {1: "NWC", 2: "NHWC", 3: "NDHWC"}[n]
            attempt("%s(%r, 3, %s)" % (name, channels, kw), lambda: layer(channels, 3, **kw))
for name in ("squeezenet1.0", "squeezenet1.1", "mobilenetv2_0.25", "mobilenetv2_1.0"):
    attempt("get_model(%r, classes=0)" % name, lambda: vision.get_model(name, classes=0))
for multiplier in (0, 0.01):
    attempt("get_mobilenet(%r)" % multiplier, lambda: vision.get_mobilenet(multiplier))
    attempt("get_mobilenet_v2(%r)" % multiplier, lambda: vision.get_mobilenet_v2(multiplier))
attempt("VGG with a zero layer", lambda: vision.VGG([1, 1], [8, 0]))
attempt("ResNetV1 with a zero stage", lambda: vision.ResNetV1(vision.BasicBlockV1, [1, 1], [8, 0, 4]))
attempt("DenseNet growth 0", lambda: vision.DenseNet(8, 0, [1], classes=2))
attempt("DenseNet no init features", lambda: vision.DenseNet(0, 4, [1], classes=2))
