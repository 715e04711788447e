"""Convolution, transposed convolution, pooling and PReLU layers given data of the wrong rank for their layout or
slopes that cannot broadcast: the deferred-initialisation failure MXNet prints, or its kernel's refusal when
the result is read (imperative and hybridized)."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words

CASES = [
    ("Conv1D NCW", lambda: nn.Conv1D(2, 3), [(2, 3), (1, 2, 3, 4)]),
    ("Conv2D NHWC", lambda: nn.Conv2D(2, 3, layout="NHWC"), [(1, 2, 5), (1, 5, 5, 2, 2)]),
    ("Conv3D NDHWC", lambda: nn.Conv3D(2, 2, layout="NDHWC"), [(1, 3, 3, 3)]),
    ("Conv1DTranspose NWC", lambda: nn.Conv1DTranspose(2, 3, layout="NWC"), [(1, 3), (1, 3, 3, 2)]),
    ("Conv2DTranspose NHWC", lambda: nn.Conv2DTranspose(2, 3, layout="NHWC"), [(1, 3, 3), (1, 3, 3, 2, 1)]),
    ("Conv3DTranspose NDHWC", lambda: nn.Conv3DTranspose(2, 2, layout="NDHWC"), [(1, 2, 2, 2), (1, 2, 2, 2, 2, 2)]),
    ("Conv2DTranspose NCHW", lambda: nn.Conv2DTranspose(2, 3), [(1, 2, 5), (1, 2, 3, 3, 3)]),
    ("MaxPool2D NHWC", lambda: nn.MaxPool2D(layout="NHWC"), [(2, 3, 4), (1, 4, 4, 1, 1)]),
    ("AvgPool3D", lambda: nn.AvgPool3D(), [(1, 1, 4, 4)]),
    ("GlobalAvgPool1D NWC", lambda: nn.GlobalAvgPool1D(layout="NWC"), [(2, 3)]),
    ("PReLU 3", lambda: nn.PReLU(in_channels=3), [(2, 4), (2,), (2, 4, 3), (4, 3, 2)]),
]

for label, make, shapes in CASES:
    for shape in shapes:
        for hybrid in [False, True]:
            try:
                with mx.name.NameManager():
                    layer = make()
                layer.initialize()
                if hybrid:
                    layer.hybridize()
                out = layer(nd.ones(shape))
                out = out.shape, out.asnumpy().ravel()[:4].tolist()
            except Exception as e:
                out = words(e)
            print(label, shape, "hybrid" if hybrid else "imperative", "->", out)
