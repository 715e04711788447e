"""Gluon layers under npx.set_np(): reprs with unknown sizes before the first call, outputs and gradients of
mx.np inputs imperative and hybridized, the layers that run legacy operators only (refusing mx.np arrays), and
Concurrent containers, which check their argument count before the kind of their inputs."""
import numpy as np
import mxnet as mx
from mxnet import autograd
from mxnet.gluon import nn
from mxnet.gluon.contrib import nn as cnn
from _words import words

mx.npx.set_np()


def show(a):
    a = a.asnumpy().astype(np.float64)
    return f"{a.shape} {np.round(a.ravel()[:5], 4).tolist()} sum={np.round(a.sum(), 3)}"


def concurrent(cls, children):
    net = cls(axis=1)
    net.add(*children)
    return net


LAYERS = [
    ("Dense", lambda: nn.Dense(3, activation="tanh"), (2, 4)),
    ("Dense no flatten", lambda: nn.Dense(2, flatten=False, use_bias=False), (2, 3, 4)),
    ("Conv2D", lambda: nn.Conv2D(2, 3, padding=1, strides=2), (1, 2, 5, 5)),
    ("Conv1DTranspose", lambda: nn.Conv1DTranspose(2, 3, strides=2, output_padding=1), (1, 2, 4)),
    ("MaxPool2D ceil", lambda: nn.MaxPool2D(3, 2, ceil_mode=True), (1, 1, 6, 6)),
    ("AvgPool1D exclusive", lambda: nn.AvgPool1D(3, 1, 1, count_include_pad=False), (1, 2, 6)),
    ("GlobalAvgPool2D", lambda: nn.GlobalAvgPool2D(), (2, 3, 4, 4)),
    ("BatchNorm", lambda: nn.BatchNorm(momentum=0.5), (4, 3)),
    ("LayerNorm", lambda: nn.LayerNorm(), (2, 3, 4)),
    ("InstanceNorm", lambda: nn.InstanceNorm(scale=True), (2, 3, 4)),
    ("GroupNorm", lambda: nn.GroupNorm(2), (2, 4, 3)),
    ("Embedding", lambda: nn.Embedding(5, 3), None),
    ("Dropout 0", lambda: nn.Dropout(0), (2, 3)),
    ("Flatten", lambda: nn.Flatten(), (2, 3, 2)),
    ("PReLU", lambda: nn.PReLU(), (2, 3)),
    ("ELU", lambda: nn.ELU(0.5), (2, 3)),
    ("SELU", lambda: nn.SELU(), (2, 3)),
    ("GELU", lambda: nn.GELU(), (2, 3)),
    ("Swish", lambda: nn.Swish(2.0), (2, 3)),
    ("ReflectionPad2D", lambda: nn.ReflectionPad2D(1), (1, 2, 3, 3)),
    ("PixelShuffle2D", lambda: cnn.PixelShuffle2D(2), (1, 4, 2, 2)),
    ("HybridLambda name", lambda: nn.HybridLambda("tanh"), (2, 3)),
    ("HybridLambda function", lambda: nn.HybridLambda(lambda F, x: F.np.tanh(x) * 2), (2, 3)),
    ("HybridConcurrent", lambda: concurrent(cnn.HybridConcurrent, [nn.Dense(2), nn.Dense(1)]), (2, 3)),
    ("HybridConcurrent empty", lambda: concurrent(cnn.HybridConcurrent, []), (2, 3)),
    ("Concurrent empty", lambda: concurrent(cnn.Concurrent, []), (2, 3)),
]

for label, make, shape in LAYERS:
    for hybrid in [False, True]:
        mx.random.seed(6)
        with mx.name.NameManager():
            layer = make()
        before = repr(layer)
        layer.initialize()
        if hybrid:
            layer.hybridize()
        if shape is None:
            x = mx.np.array([[0, 4, 2], [1, 1, 3]])
        else:
            x = mx.np.array(np.random.RandomState(3).uniform(-2, 2, shape), dtype="float32")
        x.attach_grad()
        print(label, "hybrid" if hybrid else "imperative", before.replace("\n", " "))
        try:
            with autograd.record():
                y = layer(x)
                loss = (y * y).sum()
            loss.backward()
            print("  ", type(y).__name__, show(y), show(x.grad), layer)
            for name, p in layer.collect_params().items():
                print("  ", name, p.shape, p.grad_req, show(p.grad() if p.grad_req != "null" else p.data()))
        except Exception as e:
            print("  ", words(e))
