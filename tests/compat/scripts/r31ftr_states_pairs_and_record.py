"""Updater.set_states of pickled pairs whose second item is no optimizer, and the message of Trainer.step /
optimizer updates inside autograd.record() (MXNet's recorded-write check, with its source line)."""
# recorded on AVX2
import pickle

import mxnet as mx
from mxnet import autograd, gluon, nd


def show(what, fn):
    try:
        print(what, "->", fn())
    except Exception as e:
        print(what, "raises", type(e).__name__, " | ".join(str(e).split("\n")[:3]))


updater = mx.optimizer.get_updater(mx.optimizer.create("sgd"))
for what, value in [("dict", {1: 2}), ("list and int", ([1], 2)), ("dict and text", ({0: nd.ones((1,))}, "x")),
                    ("dict and number", ({0: nd.ones((1,))}, 3.5)), ("three items", ({}, 1, 2)),
                    ("dict and None", ({0: nd.ones((2,))}, None))]:
    def load():
        updater.set_states(pickle.dumps(value))
        return type(updater.states).__name__, sorted(updater.states), updater.optimizer.__class__.__name__
    show("set_states " + what, load)

for name, kw in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("adam", {}), ("nag", {}), ("lamb", {}), ("sgld", {}),
                 ("dcasgd", {}), ("rmsprop", {"centered": True})]:
    mx.random.seed(0)
    net = gluon.nn.Dense(2, in_units=3)
    net.initialize()
    trainer = gluon.Trainer(net.collect_params(), name, dict(learning_rate=0.1, **kw))
    with autograd.record():
        loss = net(nd.ones((4, 3))).sum()
        loss.backward()
        show("step in record %s %s" % (name, kw), lambda: trainer.step(1))
