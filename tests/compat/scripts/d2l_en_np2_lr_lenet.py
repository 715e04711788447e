"""d2l-en (np era) learning-rate scheduling chapter: a hybridized LeNet trained on synthetic images with the
learning rate set per epoch from a scheduler, or driven by the Trainer's lr_scheduler, plus accuracy counted
the book's way (argmax cast to the label dtype)."""
import math

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, lr_scheduler, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(6)
onp.random.seed(6)


def net_fn():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(channels=6, kernel_size=5, padding=2, activation="relu"),
            nn.MaxPool2D(pool_size=2, strides=2),
            nn.Conv2D(channels=16, kernel_size=5, activation="relu"),
            nn.MaxPool2D(pool_size=2, strides=2),
            nn.Dense(24, activation="relu"),
            nn.Dense(10))
    return net


images = onp.random.RandomState(0).uniform(0, 1, size=(32, 1, 16, 16)).astype("float32")
labels = onp.random.RandomState(1).randint(0, 10, size=(32,)).astype("int32")
train_iter = gluon.data.DataLoader(gluon.data.ArrayDataset(np.array(images), np.array(labels, dtype="int32")), 16,
                                   shuffle=False)
print("batch", [(X.shape, X.dtype, y.dtype) for X, y in train_iter][0])


def accuracy(y_hat, y):
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.astype(y.dtype) == y
    return float(cmp.astype(y.dtype).sum())


def evaluate(net, data_iter):
    device = list(net.collect_params().values())[0].list_ctx()[0]
    right, total = 0.0, 0
    for X, y in data_iter:
        X, y = X.as_in_ctx(device), y.as_in_ctx(device)
        right += accuracy(net(X), y)
        total += y.size
    return right / total


loss = gluon.loss.SoftmaxCrossEntropyLoss()


def train(net, trainer, num_epochs, scheduler=None):
    net.initialize(force_reinit=True, ctx=mx.cpu(), init=init.Xavier())
    for epoch in range(num_epochs):
        tot, n = 0.0, 0
        for X, y in train_iter:
            with autograd.record():
                y_hat = net(X)
                l = loss(y_hat, y)
            l.backward()
            trainer.step(X.shape[0])
            tot += float(l.sum())
            n += X.shape[0]
        if scheduler:
            trainer.set_learning_rate(scheduler(epoch))
        print(f"  epoch {epoch}: loss {tot / n:.4f}, acc {evaluate(net, train_iter):.3f}, lr {trainer.learning_rate:.4f}")


net = net_fn()
net.initialize()
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.3})
print("constant")
train(net, trainer, 2)


class SquareRootScheduler:
    def __init__(self, lr=0.1):
        self.lr = lr

    def __call__(self, num_update):
        return self.lr * pow(num_update + 1.0, -0.5)


print("square root")
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
train(net, trainer, 2, SquareRootScheduler(lr=0.1))
print("factor via trainer")
scheduler = lr_scheduler.FactorScheduler(step=2, factor=0.5, base_lr=0.3)
trainer = gluon.Trainer(net.collect_params(), "sgd", {"lr_scheduler": scheduler})
train(net, trainer, 2)
print("cosine warmup via trainer")
scheduler = lr_scheduler.CosineScheduler(4, warmup_steps=2, base_lr=0.3, final_lr=0.01)
trainer = gluon.Trainer(net.collect_params(), "sgd", {"lr_scheduler": scheduler})
train(net, trainer, 2)
print("plot values", [round(scheduler(t), 5) for t in np.arange(6).asnumpy().astype("int64").tolist()])
print(net)
