"""Optimizer states whose dtype differs from their weight's (made for another weight, or left behind when a net
is cast after a step): which updates refuse them, by which input position, and which run on."""
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

warnings.simplefilter("ignore")
OPTIMIZERS = [("sgd", {}), ("sgd", {"momentum": 0.9}), ("nag", {"momentum": 0.9}), ("adam", {}), ("signum", {}),
              ("lamb", {}), ("ftml", {}), ("dcasgd", {}), ("rmsprop", {}), ("adagrad", {}), ("ftrl", {}),
              ("adadelta", {}), ("adamax", {}), ("nadam", {})]


def values(w):
    return np.round(w.asnumpy().astype("float64"), 4).ravel().tolist()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def one(name, kwargs, weight_type, state_type):
    opt = mx.optimizer.create(name, learning_rate=0.1, **kwargs)
    state = opt.create_state(0, nd.zeros((3,), dtype=state_type))
    weight = nd.array([0.5, -0.25, 1.0], dtype=weight_type)
    opt.update(0, weight, nd.array([0.1, 0.2, -0.3], dtype=weight_type), state)
    return values(weight)


for name, kwargs in OPTIMIZERS:
    for weight_type, state_type in [("float16", "float32"), ("float32", "float16"), ("float64", "float32")]:
        attempt(f"{name} {kwargs} weight {weight_type} state {state_type}",
                lambda: one(name, kwargs, weight_type, state_type))


def group(name, kwargs, types):
    opt = mx.optimizer.create(name, learning_rate=0.1, **kwargs)
    weights = [nd.array([0.5, -0.25], dtype=t) for t in types]
    states = [opt.create_state_multi_precision(i, w) for i, w in enumerate(weights)]
    grads = [nd.array([0.1, 0.2], dtype=t) for t in types]
    opt.update_multi_precision(list(range(len(types))), weights, grads, states)
    return [values(w) for w in weights]


for name, kwargs in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("sgd", {"multi_precision": True}), ("lamb", {})]:
    for types in [("float32", "float32"), ("float32", "float16"), ("float16", "float16"),
                  ("float32", "float32", "float32", "float16")]:
        attempt(f"group {name} {kwargs} {types}", lambda: group(name, kwargs, types))


def cast_after_step(name, kwargs, dtype):
    net = gluon.nn.Dense(2, in_units=3)
    net.initialize(mx.init.Constant(0.5))
    trainer = gluon.Trainer(net.collect_params(), name, dict(kwargs, learning_rate=0.1))
    for step, t in enumerate(["float32", dtype]):
        net.cast(t)
        with autograd.record():
            loss = (net(nd.array([[1.0, 2.0, 3.0]], dtype=t)) ** 2).sum()
        loss.backward()
        trainer.step(1)
    return values(net.weight.data())


for name, kwargs in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("nag", {"momentum": 0.9}), ("adam", {}),
                     ("rmsprop", {}), ("adagrad", {})]:
    for dtype in ["float64", "float32"]:
        attempt(f"cast to {dtype} after a {name} {kwargs} step", lambda: cast_after_step(name, kwargs, dtype))
