# Gluon CNNs with BatchNorm trained by SGD, imperative and hybridized: Conv -> BN -> Activation stacks, BatchNorm
# after an activation and after max/avg pooling, a global pool before the classifier and residual blocks (the
# layouts MXNet's oneDNN kernels keep decide BatchNorm's sums). Loss bits per step, sha256 of every parameter.
import hashlib

import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet.gluon import nn


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(170)).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.sha256(a.asnumpy().tobytes()).hexdigest()[:16]


class Residual(gluon.HybridBlock):
    def __init__(self, filters, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.conv = nn.Conv2D(filters, 3, padding=1, use_bias=False)
            self.bn = nn.BatchNorm()

    def hybrid_forward(self, F, x):
        return F.Activation(self.bn(self.conv(x)) + x, act_type="relu")


def network(kind, filters):
    net = nn.HybridSequential(prefix=f"{kind}_")
    with net.name_scope():
        if kind == "stack":
            net.add(nn.Conv2D(filters, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"),
                    nn.Conv2D(filters, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"), nn.Dense(4))
        elif kind == "pools":
            net.add(nn.Conv2D(filters, 3, padding=1), nn.Activation("relu"), nn.BatchNorm(), nn.MaxPool2D(2, 1),
                    nn.BatchNorm(), nn.AvgPool2D(3, 1, 1), nn.BatchNorm(), nn.GlobalAvgPool2D(), nn.Dense(4))
        else:
            net.add(nn.Conv2D(filters, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"), Residual(filters),
                    Residual(filters), nn.GlobalAvgPool2D(), nn.Dense(4))
    return net


for kind in ("stack", "pools", "residual"):
    for n, c, size, filters in ((4, 3, 6, 16), (2, 16, 6, 16)):
        for hybridize in (False, True):
            net = network(kind, filters)
            net.initialize()
            x = mx.nd.array(values((n, c, size, size), 0) * 10)
            label = mx.nd.array(np.arange(n) % 4)
            net(x)
            params = net.collect_params()
            for i, name in enumerate(sorted(params.keys())):
                p = params[name]
                p.set_data(mx.nd.array(values(p.shape, i + 1) + (1 if name.endswith("gamma") else 0)))
            if hybridize:
                net.hybridize()
            loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
            trainer = gluon.Trainer(params, "sgd", {"learning_rate": 0.1})
            losses = []
            for step in range(3):
                with mx.autograd.record():
                    loss = loss_fn(net(x), label)
                loss.backward()
                trainer.step(n)
                losses.append(loss.asnumpy().tobytes().hex())
            print(kind, (n, c, size, filters), hybridize, *losses)
            print("  predict", digest(net(x)))
            for name in sorted(params.keys()):
                print("  ", name, digest(params[name].data()))
