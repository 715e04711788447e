"""Pooling layers and nd.Pooling check the data's rank against the window before the layout (Pooling: Check
failed: ...), a global pooling of another rank fails in its kernel's words when read, and a pad not smaller
than the window, integer data or a window past the padded input fail as MXNet's do."""
import re

import mxnet as mx
from mxnet import nd
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


def run(label, make, shape, dtype="float32"):
    try:
        with mx.name.NameManager():
            layer = make()
        layer.initialize()
        y = layer(nd.ones(shape, dtype=dtype))
        print(label, "->", y.shape, y.asnumpy().ravel()[:4].tolist())
    except Exception as e:
        print(label, "->", words(e))


for hybrid in (False, True):
    def make_pool(cls, *args, **kwargs):
        def make():
            layer = cls(*args, **kwargs)
            if hybrid:
                layer.hybridize()
            return layer
        return make
    print("-- hybridized" if hybrid else "-- imperative")
    run("MaxPool2D on 3-D data", make_pool(nn.MaxPool2D), (2, 4, 4))
    run("AvgPool1D on 4-D data", make_pool(nn.AvgPool1D), (2, 4, 4, 4))
    run("MaxPool3D on 4-D data", make_pool(nn.MaxPool3D), (2, 4, 4, 4))
    run("MaxPool2D(5) on 3x3", make_pool(nn.MaxPool2D, 5), (1, 1, 3, 3))
    run("MaxPool1D(5) on 3", make_pool(nn.MaxPool1D, 5), (1, 1, 3))
    run("MaxPool3D(5) on 3x3x3", make_pool(nn.MaxPool3D, 5), (1, 1, 3, 3, 3))
    run("MaxPool2D(2, 1, 2)", make_pool(nn.MaxPool2D, 2, 1, 2), (1, 1, 3, 3))
    run("AvgPool2D((3, 2), 1, (1, 2))", make_pool(nn.AvgPool2D, (3, 2), 1, (1, 2)), (1, 1, 4, 4))
    run("MaxPool2D int32", make_pool(nn.MaxPool2D), (1, 2, 4, 4), "int32")
    run("AvgPool2D int8", make_pool(nn.AvgPool2D), (1, 2, 4, 4), "int8")
    for cls in (nn.GlobalAvgPool1D, nn.GlobalMaxPool1D, nn.GlobalAvgPool2D, nn.GlobalMaxPool2D, nn.GlobalAvgPool3D):
        for shape in [(2, 3, 4), (2, 3, 4, 4), (2, 3, 4, 4, 4)]:
            run(f"{cls.__name__} {shape}", make_pool(cls), shape)


def call(label, fn):
    try:
        print(label, "->", fn().asnumpy().ravel()[:4].tolist())
    except Exception as e:
        print(label, "->", words(e))


call("nd.Pooling 2-D window on 3-D data", lambda: nd.Pooling(nd.ones((2, 4, 4)), kernel=(2, 2)))
call("nd.Pooling 'same' on 4-D data", lambda: nd.Pooling(nd.ones((2, 4, 4, 4)), kernel=(2,), pooling_convention="same"))
call("nd.Pooling on 2-D data", lambda: nd.Pooling(nd.ones((2, 4)), kernel=(2,)))
call("nd.Pooling global, 2-D window, 3-D data",
     lambda: nd.Pooling(nd.ones((2, 3, 4)), kernel=(1, 1), global_pool=True))
call("nd.Pooling pad 3 > window 2", lambda: nd.Pooling(nd.ones((1, 1, 4)), kernel=(2,), pad=(3,)))
