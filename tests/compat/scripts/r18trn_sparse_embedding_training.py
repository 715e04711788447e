"""An Embedding with sparse gradients trained by optimizers with and without lazy updates (weight decay touching
only the looked-up rows or all of them), through a kvstore on two devices, and by LBSGD summing row_sparse batches."""
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn


class Bag(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.embed = nn.Embedding(10, 4, sparse_grad=True)
            self.out = nn.Dense(3, in_units=4)

    def hybrid_forward(self, F, x):
        return self.out(F.mean(self.embed(x), axis=1))


def run(optimizer, kwargs, devices=(mx.cpu(0),), kvstore="device", hybrid=False, steps=6):
    mx.random.seed(3)
    net = Bag()
    net.initialize(mx.init.Xavier(), ctx=list(devices))
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), optimizer, kwargs, kvstore=kvstore)
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    losses = []
    for step in range(steps):
        rs = np.random.RandomState(step)
        xs = gluon.utils.split_and_load(nd.array(rs.randint(0, 5, size=(6, 3))), list(devices))
        ys = gluon.utils.split_and_load(nd.array(rs.randint(0, 3, size=(6,))), list(devices))
        with autograd.record():
            step_losses = [loss_fn(net(x), y) for x, y in zip(xs, ys)]
        autograd.backward(step_losses)
        trainer.step(6)
        losses.append("%.5g" % (sum(l.sum().asscalar() for l in step_losses) / 6))
    table = net.embed.weight.data(devices[0]).asnumpy()
    untouched = "%.5g" % np.abs(table[5:]).sum()       # rows no batch looked up
    print(optimizer, sorted(kwargs.items()), len(devices), kvstore, hybrid, " ".join(losses), "| rows 5-9:", untouched,
          "all: %.5g" % np.abs(table).sum(), "grad:", net.embed.weight.grad(devices[0]).stype)


for optimizer, kwargs in [("sgd", {"learning_rate": 0.5, "wd": 0.1}), ("sgd", {"learning_rate": 0.5, "wd": 0.1, "lazy_update": False}),
                          ("sgd", {"learning_rate": 0.5, "momentum": 0.9, "wd": 0.1}),
                          ("sgd", {"learning_rate": 0.5, "momentum": 0.9, "wd": 0.1, "lazy_update": False}),
                          ("adam", {"learning_rate": 0.05, "wd": 0.1}), ("adam", {"learning_rate": 0.05, "wd": 0.1, "lazy_update": False}),
                          ("adagrad", {"learning_rate": 0.5}), ("ftrl", {"learning_rate": 0.5, "lamda1": 0.01}),
                          ("rmsprop", {"learning_rate": 0.05}), ("lbsgd", {"learning_rate": 0.5, "batch_scale": 2, "warmup_epochs": 0})]:
    run(optimizer, kwargs)
    run(optimizer, kwargs, hybrid=True)
run("sgd", {"learning_rate": 0.5, "momentum": 0.9, "wd": 0.1}, devices=(mx.cpu(0), mx.cpu(1)))
run("adam", {"learning_rate": 0.05, "wd": 0.1}, devices=(mx.cpu(0), mx.cpu(1)), kvstore="local")
