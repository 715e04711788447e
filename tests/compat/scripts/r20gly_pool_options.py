"""Pooling and padding layers across their options (pool_size, strides, padding, ceil_mode, count_include_pad,
channel-first and channel-last layouts, global pooling) in training mode: reprs, outputs and input gradients,
imperative and hybridized, float32 and float64."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn
from _words import words


def show(a):
    a = a.asnumpy().astype(np.float64)
    return f"{a.shape} {np.round(a.ravel()[:6], 4).tolist()} sum={np.round(a.sum(), 3)}"


LAYERS = [
    ("MaxPool1D s1 p1", lambda: nn.MaxPool1D(3, 1, 1), (1, 2, 6)),
    ("MaxPool1D ceil NWC", lambda: nn.MaxPool1D(2, ceil_mode=True, layout="NWC"), (1, 7, 2)),
    ("MaxPool2D ceil", lambda: nn.MaxPool2D(3, 2, ceil_mode=True), (1, 1, 6, 6)),
    ("MaxPool2D rect pad", lambda: nn.MaxPool2D((2, 3), (1, 2), (1, 1)), (1, 1, 5, 5)),
    ("MaxPool2D NHWC", lambda: nn.MaxPool2D(2, layout="NHWC"), (1, 4, 4, 2)),
    ("MaxPool3D ceil", lambda: nn.MaxPool3D(2, ceil_mode=True), (1, 1, 3, 3, 3)),
    ("AvgPool1D pad", lambda: nn.AvgPool1D(3, 1, 1), (1, 2, 6)),
    ("AvgPool1D pad exclusive", lambda: nn.AvgPool1D(3, 1, 1, count_include_pad=False), (1, 2, 6)),
    ("AvgPool2D ceil exclusive", lambda: nn.AvgPool2D(3, 2, 1, ceil_mode=True, count_include_pad=False),
     (1, 1, 6, 6)),
    ("AvgPool2D ceil", lambda: nn.AvgPool2D(3, 2, 1, ceil_mode=True), (1, 1, 6, 6)),
    ("AvgPool2D NHWC exclusive", lambda: nn.AvgPool2D(3, 1, 1, layout="NHWC", count_include_pad=False),
     (1, 4, 4, 2)),
    ("AvgPool3D exclusive", lambda: nn.AvgPool3D(3, 2, 1, count_include_pad=False), (1, 1, 4, 4, 4)),
    ("AvgPool3D NDHWC", lambda: nn.AvgPool3D(2, layout="NDHWC"), (1, 4, 4, 4, 2)),
    ("GlobalMaxPool1D NWC", lambda: nn.GlobalMaxPool1D(layout="NWC"), (2, 5, 3)),
    ("GlobalAvgPool2D", lambda: nn.GlobalAvgPool2D(), (2, 3, 4, 4)),
    ("GlobalMaxPool3D NDHWC", lambda: nn.GlobalMaxPool3D(layout="NDHWC"), (1, 3, 3, 3, 2)),
    ("ReflectionPad2D 1", lambda: nn.ReflectionPad2D(1), (1, 2, 3, 3)),
    ("ReflectionPad2D asymmetric", lambda: nn.ReflectionPad2D((0, 0, 0, 0, 1, 2, 2, 1)), (1, 1, 4, 4)),
]

for label, make, shape in LAYERS:
    for dtype in ["float32", "float64"]:
        for hybrid in [False, True]:
            layer = make()
            if hybrid:
                layer.hybridize()
            x = nd.array(np.random.RandomState(2).uniform(-2, 2, shape), dtype=dtype)
            x.attach_grad()
            print(label, dtype, "hybrid" if hybrid else "imperative", layer)
            try:
                with autograd.record():
                    y = layer(x)
                    loss = (y * y).sum()
                loss.backward()
                print("   y", show(y), "dx", show(x.grad))
            except Exception as e:
                print("  ", words(e))
