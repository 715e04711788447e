"""Convolution and pooling layers: MXNet's defaults per class (signature), and layout=None is refused."""
import inspect

import mxnet as mx

nn = mx.gluon.nn
NAMES = ["Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose", "MaxPool1D",
         "MaxPool2D", "MaxPool3D", "AvgPool1D", "AvgPool2D", "AvgPool3D", "GlobalMaxPool1D", "GlobalMaxPool2D",
         "GlobalMaxPool3D", "GlobalAvgPool1D", "GlobalAvgPool2D", "GlobalAvgPool3D"]
for name in NAMES:
    cls = getattr(nn, name)
    print(name, inspect.signature(cls))
    try:
        cls(2, 3, layout=None) if name.startswith("Conv") else cls(layout=None)
    except AssertionError as e:
        print("  AssertionError", e)
print(nn.Conv2D(4, 3, 2, 1, in_channels=2), nn.MaxPool2D(3, 1, 1, "NHWC", True), nn.AvgPool2D(3, 2, 1, True, "NCHW", False))
print(nn.Conv3DTranspose(2, 3, 1, 0, 0, 1, 1, "NCDHW", "relu"), nn.GlobalAvgPool1D("NWC"))
