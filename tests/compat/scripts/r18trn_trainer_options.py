"""Trainer options during training: unused parameters with ignore_stale_grad, grad_req='add' with zero_grad,
lr_mult/wd_mult, allreduce_grads + update, set_learning_rate, an Optimizer shared by two Trainers, states loaded
into a Trainer of another optimizer, and the refusals and warnings of misuse."""
import os
import tempfile
import warnings
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn
from _words import words

STATES = os.path.join(tempfile.mkdtemp(), "trainer.states")
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()


class TwoHeads(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.used = nn.Dense(3, in_units=5)
            self.unused = nn.Dense(3, in_units=5)

    def hybrid_forward(self, F, x):
        return self.used(x)


def mlp(seed=1):
    mx.random.seed(seed)
    net = nn.HybridSequential()
    net.add(nn.Dense(6, activation="relu", in_units=5), nn.Dense(3, in_units=6))
    net.initialize(mx.init.Xavier())
    return net


def step(net, trainer, s, how="step", batch_size=6, **kwargs):
    rs = np.random.RandomState(s)
    x, y = nd.array(rs.randn(6, 5)), nd.array(rs.randint(0, 3, size=(6,)))
    with autograd.record():
        loss = loss_fn(net(x), y)
    loss.backward()
    if how == "step":
        trainer.step(batch_size, **kwargs)
    elif how == "update":
        trainer.allreduce_grads()
        trainer.update(batch_size, **kwargs)
    return "%.5g" % loss.mean().asscalar()


def total(net):
    return "%.5g" % sum(float(p.data().abs().sum().asscalar()) for p in net.collect_params().values())


def attempt(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn()
            print(label, "->", result if result is None or isinstance(result, (int, float, str)) else type(result).__name__)
        except Exception as e:
            print(label, "->", words(e).replace(STATES, "STATES"))
    for w in caught:
        print("   warning:", w.category.__name__, str(w.message).split(" This could")[0])


for optimizer, kwargs in [("sgd", {"learning_rate": 0.1, "momentum": 0.9}), ("adam", {"learning_rate": 0.01}),
                          ("rmsprop", {"learning_rate": 0.01, "lr_scheduler": "factor"})]:
    def make(params, optimizer=optimizer, kwargs=kwargs):
        kw = dict(kwargs)
        if kw.get("lr_scheduler") == "factor":
            kw["lr_scheduler"] = mx.lr_scheduler.FactorScheduler(2, 0.5)
        return gluon.Trainer(params, optimizer, kw)

    print("==", optimizer)
    mx.random.seed(1)
    net = TwoHeads()
    net.initialize(mx.init.Xavier())
    trainer = make(net.collect_params())
    print("stale ignored", [step(net, trainer, s, ignore_stale_grad=True) for s in range(4)], total(net),
          trainer.learning_rate, trainer.optimizer.num_update)
    attempt("stale refused", lambda: step(net, trainer, 9))

    net = mlp()
    for p in net.collect_params().values():
        p.grad_req = "add"
    trainer = make(net.collect_params())
    losses = []
    for s in range(6):
        losses.append(step(net, trainer, s))
        if s % 2:
            net.collect_params().zero_grad()
    print("grad_req add", losses, total(net))

    net = mlp()
    net[0].weight.lr_mult, net[1].bias.wd_mult, net[1].weight.lr_mult = 0.0, 5.0, 2.0
    trainer = make(net.collect_params())
    print("lr_mult", [step(net, trainer, s) for s in range(4)], total(net), "%.5g" % net[0].weight.data().abs().sum().asscalar())

    net = mlp()
    trainer = make(net.collect_params())
    print("allreduce+update", [step(net, trainer, s, how="update", batch_size=3) for s in range(4)], total(net))

    net = mlp()
    trainer = make(net.collect_params())
    losses = [step(net, trainer, 0)]
    attempt("set_learning_rate", lambda: trainer.set_learning_rate(0.5))
    losses += [step(net, trainer, s) for s in range(1, 4)]
    print("after set_learning_rate", losses, total(net), trainer.learning_rate)

    net = mlp()
    trainer = make(net.collect_params())
    [step(net, trainer, s) for s in range(3)]
    trainer.save_states(STATES)
    other = gluon.Trainer(net.collect_params(), "nag", {"learning_rate": 0.3, "momentum": 0.5})
    attempt("load into nag", lambda: other.load_states(STATES))
    print("continued", [step(net, other, s) for s in range(3, 6)], total(net), type(other.optimizer).__name__,
          other.learning_rate, other.optimizer.num_update)

shared = mx.optimizer.SGD(learning_rate=0.1, momentum=0.9)
a, b = mlp(1), mlp(2)
ta, tb = gluon.Trainer(a.collect_params(), shared), gluon.Trainer(b.collect_params(), shared)
print("shared optimizer", [step(a, ta, s) + "/" + step(b, tb, s) for s in range(3)], total(a), total(b),
      shared.num_update)
net = mlp()
attempt("optimizer_params with an instance", lambda: gluon.Trainer(net.collect_params(), shared, {"learning_rate": 1}))
attempt("unknown optimizer", lambda: gluon.Trainer(net.collect_params(), "adamw"))
attempt("bad optimizer argument", lambda: gluon.Trainer(net.collect_params(), "sgd", {"betas": 1}))
attempt("kvstore of a wrong type", lambda: gluon.Trainer(net.collect_params(), "sgd", kvstore=3))
attempt("params not a list", lambda: gluon.Trainer(net.collect_params().values(), "sgd"))
attempt("update on kvstore then update()", lambda: gluon.Trainer(net.collect_params(), "sgd", update_on_kvstore=True).update(1))
trainer = gluon.Trainer(net.collect_params(), "sgd")
attempt("step before backward", lambda: trainer.step(1))
attempt("load missing states", lambda: trainer.load_states(STATES + ".missing"))
