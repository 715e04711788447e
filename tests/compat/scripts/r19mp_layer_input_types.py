"""Gluon layers cast to float16/float64 fed data of another type, imperative and hybridized: what runs, what each
refusal says (a type switch that fails when the operator runs names no graph node)."""
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words

LAYERS = [
    ("Dense", lambda: nn.Dense(3, in_units=4), (2, 4)),
    ("BatchNorm", lambda: nn.BatchNorm(in_channels=3), (2, 3, 4)),
    ("BatchNormReLU", lambda: nn.BatchNormReLU(in_channels=3), (2, 3, 2, 2)),
    ("LayerNorm", lambda: nn.LayerNorm(in_channels=4), (2, 4)),
    ("Dropout", lambda: nn.Dropout(0.5), (2, 4)),
    ("ReflectionPad2D", lambda: nn.ReflectionPad2D(1), (1, 1, 3, 3)),
    ("MaxPool2D", lambda: nn.MaxPool2D(2), (1, 1, 4, 4)),
    ("PReLU", lambda: nn.PReLU(in_channels=4), (2, 4)),
    ("Activation", lambda: nn.Activation("tanh"), (2, 4)),
]


def show(y):
    y = y[0] if isinstance(y, (list, tuple)) else y
    return f"{y.dtype.__name__} {np.round(y.asnumpy().astype('float64'), 3).ravel()[:4].tolist()}"


for name, make, shape in LAYERS:
    for net_type, data_type in [("float32", "float64"), ("float32", "int32"), ("float16", "float64"),
                                ("float64", "float32"), ("float64", "uint8")]:
        for hybrid in (False, True):
            with mx.name.NameManager():
                layer = make()
            layer.initialize(mx.init.Constant(0.25))
            layer.cast(net_type)
            if hybrid:
                layer.hybridize()
            x = nd.array(np.linspace(-2, 2, int(np.prod(shape))).reshape(shape), dtype=data_type)
            try:
                out = show(layer(x))
            except Exception as e:
                out = words(e)
            try:
                nd.waitall()
            except Exception as e:      # an operator that failed when it ran
                out += " | then " + words(e)
            print(f"{name:15s} {net_type}<-{data_type} {'hybrid' if hybrid else 'imperative'}: {out}")
