"""A small MLP trained eight steps with every optimizer and its options: the loss at each step and the weights' sum."""
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn

OPTIMIZERS = [
    ("sgd", {"learning_rate": 0.1}), ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "clip_gradient": 0.05, "rescale_grad": 0.5}),
    ("nag", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01}), ("adam", {"learning_rate": 0.01}),
    ("adam", {"learning_rate": 0.01, "beta1": 0.5, "beta2": 0.9, "epsilon": 1e-6, "wd": 0.01}),
    ("adagrad", {"learning_rate": 0.1, "eps": 1e-5}), ("adadelta", {"rho": 0.8, "epsilon": 1e-4}),
    ("rmsprop", {"learning_rate": 0.01}), ("rmsprop", {"learning_rate": 0.01, "centered": True, "clip_weights": 0.3}),
    ("adamax", {"learning_rate": 0.01, "wd": 0.01}), ("nadam", {"learning_rate": 0.01, "schedule_decay": 0.01}),
    ("ftrl", {"learning_rate": 0.1, "lamda1": 0.001, "beta": 0.5}), ("signum", {"learning_rate": 0.01, "wd_lh": 0.01}),
    ("lamb", {"learning_rate": 0.01, "lower_bound": 0.1, "upper_bound": 2.0}), ("lamb", {"bias_correction": False}),
    ("lars", {"learning_rate": 0.1, "momentum": 0.9, "eta": 0.01, "wd": 0.001}), ("ftml", {"learning_rate": 0.01}),
    ("dcasgd", {"learning_rate": 0.1, "lamda": 0.1}), ("lbsgd", {"learning_rate": 0.1, "momentum": 0.9}),
    ("lbsgd", {"learning_rate": 0.1, "batch_scale": 2, "warmup_strategy": "sqrt", "warmup_epochs": 1,
               "updates_per_epoch": 4}),
]


def batch(step):
    rs = np.random.RandomState(100 + step)
    return nd.array(rs.randn(6, 5)), nd.array(rs.randint(0, 3, size=(6,)))


loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for name, kwargs in OPTIMIZERS:
    for hybrid in ((False, True) if name in ("sgd", "adam") else (False,)):
        mx.random.seed(1)
        net = nn.HybridSequential()
        net.add(nn.Dense(8, activation="relu", in_units=5), nn.Dense(3, in_units=8))
        net.initialize(mx.init.Xavier(magnitude=2.0))
        if hybrid:
            net.hybridize()
        trainer = gluon.Trainer(net.collect_params(), name, kwargs)
        losses = []
        for step in range(8):
            x, y = batch(step)
            with autograd.record():
                loss = loss_fn(net(x), y)
            loss.backward()
            trainer.step(6)
            losses.append("%.5g" % loss.mean().asscalar())
        total = sum(float(p.data().abs().sum().asscalar()) for p in net.collect_params().values())
        print(name, sorted(kwargs.items()), "hybrid" if hybrid else "", " ".join(losses), "| %.5g" % total)
