"""Gradient accumulation (grad_req='add' over several batches, then step(batch*k) and zero_grad), weight tying
(params= and a decoder sharing its embedding's weight), and freezing (grad_req='null', lr_mult, wd_mult, a
regex selection, a parameter frozen after the Trainer was made), to 5 digits."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn, rnn
from _words import words


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


def checksum(net):
    return " ".join("%s=%s" % (k, bits(p.data())) for k, p in sorted(net.collect_params().items()))


rs = np.random.RandomState(6)
X, Y = nd.array(rs.normal(size=(24, 5))), nd.array(rs.randint(0, 2, 24))
for k, opt, hybrid in [(1, "sgd", False), (3, "sgd", True), (3, "adam", False), (3, "adadelta", True)]:
    mx.random.seed(10)
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.BatchNorm(), nn.Dense(6, activation="relu"), nn.Dense(2))
    net.initialize(mx.init.Xavier())
    if hybrid:
        net.hybridize()
    for p in net.collect_params().values():
        if p.grad_req != "null":
            p.grad_req = "add"
    trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.05})
    losses = []
    for epoch in range(2):
        for i in range(k):
            lo = (epoch * k + i) * 4
            with autograd.record():
                loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(X[lo:lo + 4]), Y[lo:lo + 4])
            loss.backward()
        trainer.step(4 * k)
        net.collect_params().zero_grad()
        losses.append("%.5g" % float(loss.mean().asscalar()))
    print("accumulate", k, opt, hybrid, " ".join(losses))
    print("  ", checksum(net))

dense = nn.Dense(2, in_units=3)
dense.initialize(mx.init.One())
dense.collect_params().setattr("grad_req", "add")
trainer = gluon.Trainer(dense.collect_params(), "sgd", {"learning_rate": 0.1})
for step in range(3):
    with autograd.record():
        dense(nd.ones((2, 3))).sum().backward()
    trainer.step(2)
    print("no zero_grad", bits(dense.weight.grad()), bits(dense.weight.data()))

for hybrid in (False, True):
    mx.random.seed(1)
    a = nn.Dense(4, in_units=4, prefix="a_")
    b = nn.Dense(4, in_units=4, params=a.collect_params(), prefix="b_")
    net = nn.HybridSequential()
    net.add(a, nn.Activation("tanh"), b)
    net.initialize(mx.init.Xavier())
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "momentum": 0.9})
    x = nd.array(np.random.RandomState(0).normal(size=(3, 4)))
    steps = []
    for step in range(3):
        with autograd.record():
            loss = (net(x) ** 2).mean()
        loss.backward()
        trainer.step(3)
        steps.append("%.5g %s" % (float(loss.asscalar()), bits(a.weight.grad())))
    print("tied", hybrid, list(net.collect_params().keys()), a.weight is b.weight)
    print("  ", " | ".join(steps))
    print("  ", checksum(net))


class TiedLM(gluon.Block):
    def __init__(self, vocab, hidden, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.emb = nn.Embedding(vocab, hidden)
            self.rnn = rnn.LSTM(hidden, layout="NTC")
            self.dec = nn.Dense(vocab, flatten=False, params=self.emb.params)

    def forward(self, x):
        return self.dec(self.rnn(self.emb(x)))


mx.random.seed(2)
lm = TiedLM(10, 4)
lm.initialize(mx.init.Xavier())
print(list(lm.collect_params().keys()), lm.dec)
trainer = gluon.Trainer(lm.collect_params(), "adam", {"learning_rate": 0.02})
x, y = nd.array(rs.randint(0, 10, (3, 5))), nd.array(rs.randint(0, 10, (3, 5)))
losses = []
for step in range(3):
    with autograd.record():
        loss = gluon.loss.SoftmaxCrossEntropyLoss()(lm(x), y)
    loss.backward()
    trainer.step(3)
    losses.append("%.5g" % float(loss.mean().asscalar()))
print("tied lm", " ".join(losses))
print("  ", checksum(lm))

a = nn.Dense(3, in_units=2)
a.initialize()
try:
    nn.Dense(3, in_units=5, params=a.collect_params()).initialize()
except Exception as e:
    print(words(e))

x, y = nd.array(rs.normal(size=(6, 4))), nd.array(rs.randint(0, 2, 6))
for mode in ("none", "null", "lr_mult", "wd_mult", "regex"):
    for opt in ("sgd", "adam", "signum", "lamb"):
        mx.random.seed(4)
        net = nn.HybridSequential()
        with net.name_scope():
            net.add(nn.Dense(6, activation="relu"), nn.Dense(5, activation="relu"), nn.Dense(2))
        net.initialize(mx.init.Xavier())
        if mode == "null":
            net[0].collect_params().setattr("grad_req", "null")
        elif mode == "lr_mult":
            net[0].collect_params().setattr("lr_mult", 0.0)
            net[1].weight.lr_mult = 2.0
        elif mode == "wd_mult":
            net[1].collect_params().setattr("wd_mult", 0.0)
            net[2].bias.wd_mult = 3.0
        elif mode == "regex":
            net.collect_params(".*bias").setattr("grad_req", "null")
        trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.1, "wd": 0.05})
        losses = []
        for step in range(3):
            with autograd.record():
                loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(x), y)
            loss.backward()
            trainer.step(6)
            losses.append("%.5g" % float(loss.mean().asscalar()))
        try:
            first = bits(net[0].weight.grad())
        except Exception as e:
            first = words(e)
        print("freeze", mode, opt, " ".join(losses), "|", first)
        print("  ", checksum(net))

net = nn.Dense(2, in_units=3)
net.initialize(mx.init.One())
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
for req in ("write", "null", "write"):
    net.weight.grad_req = req
    with autograd.record():
        net(nd.ones((2, 3))).sum().backward()
    trainer.step(2)
    print("late", req, bits(net.weight.data()), bits(net.bias.data()))
