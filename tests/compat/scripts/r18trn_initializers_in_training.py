"""Initializers (seeded) behind a few steps of training of dense, convolutional and recurrent layers, with
deferred shapes: the loss at each step and each parameter's sum of magnitudes."""
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn, rnn
from _words import words

INITIALIZERS = {
    "xavier": lambda: mx.init.Xavier(), "xavier-gaussian-in": lambda: mx.init.Xavier("gaussian", "in", 2),
    "xavier-out": lambda: mx.init.Xavier(factor_type="out"), "msra": lambda: mx.init.MSRAPrelu(),
    "msra-in": lambda: mx.init.MSRAPrelu("in", 0.1), "normal": lambda: mx.init.Normal(0.1),
    "uniform": lambda: mx.init.Uniform(0.2), "constant": lambda: mx.init.Constant(0.05),
    "default": lambda: None,
}


def model(kind):
    if kind == "dense":
        net = nn.HybridSequential()
        net.add(nn.Dense(6, activation="relu"), nn.Dense(3))
        return net, (5, 4)
    if kind == "conv":
        net = nn.HybridSequential()
        net.add(nn.Conv2D(3, 3), nn.Activation("relu"), nn.GlobalAvgPool2D(), nn.Dense(3))
        return net, (5, 2, 5, 5)
    return rnn.GRU(4, layout="NTC"), (5, 3, 2)


for name, make in INITIALIZERS.items():
    for kind in ("dense", "conv", "gru"):
        mx.random.seed(4)
        net, shape = model(kind)
        init = make()
        net.initialize() if init is None else net.initialize(init)
        trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
        x = nd.array(np.random.RandomState(0).randn(*shape))
        losses = []
        for step in range(3):
            with autograd.record():
                y = net(x)
                loss = (y ** 2).mean() if kind == "gru" else \
                    gluon.loss.SoftmaxCrossEntropyLoss()(y, nd.array([0, 1, 2, 0, 1])).mean()
            loss.backward()
            trainer.step(5)
            losses.append("%.5g" % loss.asscalar())
        sums = ["%.4f" % p.data().abs().sum().asscalar() for p in net.collect_params().values()]
        print(name, kind, " ".join(losses), "|", " ".join(sums))

# a Mixed initializer is no Initializer: Gluon's initialize refuses it
try:
    nn.Dense(3).initialize(mx.init.Mixed(["bias", ".*"], [mx.init.Zero(), mx.init.Uniform(0.3)]))
except AssertionError as e:
    print("mixed ->", words(e))
