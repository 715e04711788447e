"""Normalisation layers across their options (axis, momentum, epsilon, center, scale, use_global_stats, groups):
parameters, outputs and running statistics after training steps with a Trainer, imperative and hybridized,
float32 and float64, then the output in prediction mode."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from mxnet.gluon.contrib import nn as cnn
from _words import words


def show(a):
    a = a.asnumpy().astype(np.float64)
    return f"{np.round(a.ravel()[:4], 4).tolist()} sum={np.round(a.sum(), 3)}"


LAYERS = [
    ("BatchNorm", lambda: nn.BatchNorm(), (4, 3)),
    ("BatchNorm momentum .5 eps .1", lambda: nn.BatchNorm(momentum=0.5, epsilon=0.1), (4, 3, 2)),
    ("BatchNorm axis -1", lambda: nn.BatchNorm(axis=-1, momentum=0.1), (2, 2, 3)),
    ("BatchNorm global stats", lambda: nn.BatchNorm(use_global_stats=True), (4, 3)),
    ("BatchNorm no center no scale", lambda: nn.BatchNorm(center=False, scale=False), (4, 3)),
    ("BatchNorm one sample", lambda: nn.BatchNorm(), (1, 3, 2)),
    ("SyncBatchNorm", lambda: cnn.SyncBatchNorm(num_devices=1, momentum=0.7), (4, 3)),
    ("InstanceNorm scale", lambda: nn.InstanceNorm(scale=True, epsilon=0.1), (2, 3, 4)),
    ("InstanceNorm axis 2", lambda: nn.InstanceNorm(axis=2, scale=True), (2, 3, 4)),
    ("LayerNorm axis 1", lambda: nn.LayerNorm(axis=1), (2, 3, 4)),
    ("LayerNorm no center", lambda: nn.LayerNorm(center=False, epsilon=0.5), (2, 3)),
    ("GroupNorm 2", lambda: nn.GroupNorm(2), (2, 4, 3)),
    ("GroupNorm 4 eps", lambda: nn.GroupNorm(4, epsilon=0.1), (2, 4, 2, 2)),
]

for label, make, shape in LAYERS:
    for dtype in ["float32", "float64"]:
        for hybrid in [False, True]:
            mx.random.seed(5)
            with mx.name.NameManager():
                layer = make()
            layer.initialize()
            layer.cast(dtype)
            if hybrid:
                layer.hybridize()
            trainer = gluon.Trainer(layer.collect_params(), "sgd", {"learning_rate": 0.1})
            print(label, dtype, "hybrid" if hybrid else "imperative")
            try:
                for step in range(2):
                    x = nd.array(np.random.RandomState(step).uniform(-2, 2, shape), dtype=dtype)
                    with autograd.record():
                        y = layer(x)
                        loss = (y * y * y).sum()
                    loss.backward()
                    trainer.step(shape[0])
                    print("   step", step, "y", show(y))
                print("   predict", show(layer(nd.array(np.linspace(-1, 1, np.prod(shape)).reshape(shape), dtype=dtype))))
                for name, p in layer.collect_params().items():
                    print("  ", name, p.grad_req, np.dtype(p.dtype).name, show(p.data()))
                print("  ", layer)
            except Exception as e:
                print("  ", words(e))
