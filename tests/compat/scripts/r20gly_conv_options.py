"""Convolution and transposed-convolution layers across their options (strides, padding, output_padding,
dilation, groups, bias, activation, given or deferred in_channels):
reprs before and after the first call, outputs and gradients imperative and hybridized, float32 and float64
(which MXNet's 3-D transposed convolution refuses)."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn
from _words import words


def show(a):
    a = a.asnumpy().astype(np.float64)
    return f"{a.shape} {np.round(a.ravel()[:5], 4).tolist()} sum={np.round(a.sum(), 3)}"


LAYERS = [
    ("Conv1D s2 p1 d2", lambda: nn.Conv1D(2, 3, strides=2, padding=1, dilation=2), (1, 2, 9)),
    ("Conv1D groups", lambda: nn.Conv1D(4, 3, groups=2, in_channels=2, activation="relu"), (1, 2, 6)),
    ("Conv2D rect", lambda: nn.Conv2D(2, (2, 3), strides=(1, 2), padding=(1, 0), use_bias=False), (1, 2, 5, 6)),
    ("Conv2D dilated tanh", lambda: nn.Conv2D(2, 2, dilation=2, activation="tanh"), (2, 1, 5, 5)),
    ("Conv3D", lambda: nn.Conv3D(2, 3, strides=2, padding=1), (1, 1, 4, 4, 4)),
    ("Conv1DTranspose s2 op1", lambda: nn.Conv1DTranspose(2, 3, strides=2, output_padding=1), (1, 2, 4)),
    ("Conv1DTranspose groups", lambda: nn.Conv1DTranspose(4, 3, groups=2, in_channels=2), (1, 2, 4)),
    ("Conv2DTranspose s2 p1 op1", lambda: nn.Conv2DTranspose(2, 3, strides=2, padding=1, output_padding=1),
     (1, 2, 3, 3)),
    ("Conv2DTranspose relu", lambda: nn.Conv2DTranspose(2, 2, activation="relu", use_bias=False), (1, 1, 3, 3)),
    ("Conv3DTranspose", lambda: nn.Conv3DTranspose(1, 3, strides=2, output_padding=1, padding=1),
     (1, 1, 2, 2, 2)),
]

for label, make, shape in LAYERS:
    for dtype in ["float32", "float64"]:
        for hybrid in [False, True]:
            mx.random.seed(3)
            with mx.name.NameManager():
                layer = make()
            before = repr(layer)
            layer.initialize()
            layer.cast(dtype)
            if hybrid:
                layer.hybridize()
            x = nd.array(np.random.RandomState(1).uniform(-2, 2, shape), dtype=dtype)
            x.attach_grad()
            print(label, dtype, "hybrid" if hybrid else "imperative")
            try:
                with autograd.record():
                    y = layer(x)
                    loss = (y * y).sum()
                loss.backward()
                print("  ", before, "->", layer)
                print("   y", show(y), "dx", show(x.grad))
                for name, p in layer.collect_params().items():
                    print("  ", name, p.shape, np.dtype(p.dtype).name, show(p.grad()))
            except Exception as e:
                print("  ", words(e))
