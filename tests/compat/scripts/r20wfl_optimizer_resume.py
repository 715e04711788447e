"""Every optimizer through gluon.Trainer on fixed gradients: kvstore kinds, update_on_kvstore, two devices, and
save_states/load_states in the middle of training resuming bit for bit."""
import os
import tempfile
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

OPTIMIZERS = [
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01, "clip_gradient": 0.5}),
    ("nag", {"learning_rate": 0.05, "momentum": 0.9, "wd": 0.001}),
    ("adam", {"learning_rate": 0.01, "wd": 0.01, "beta1": 0.8, "epsilon": 1e-6}),
    ("adagrad", {"learning_rate": 0.1, "eps": 1e-5}),
    ("rmsprop", {"learning_rate": 0.01, "centered": True, "clip_weights": 0.3}),
    ("adadelta", {"learning_rate": 0.5, "rho": 0.8}),
    ("ftrl", {"learning_rate": 0.1, "lamda1": 0.01, "beta": 0.5}),
    ("signum", {"learning_rate": 0.01, "momentum": 0.8, "wd_lh": 0.01}),
    ("lamb", {"learning_rate": 0.01, "lower_bound": 0.1, "upper_bound": 5.0}),
    ("adamax", {"learning_rate": 0.01}),
    ("nadam", {"learning_rate": 0.01}),
    ("ftml", {"learning_rate": 0.01}),
]
TMP = tempfile.mkdtemp()


def bits(a):
    a = a.asnumpy()
    return "%08x" % zlib.crc32(a.tobytes())


def make(ctx):
    params = gluon.ParameterDict("m_")
    w = params.get("w", shape=(4, 3), init=mx.init.Uniform(0.5))
    b = params.get("b", shape=(3,), init=mx.init.Zero())
    params.initialize(ctx=ctx)
    return params, w, b


def steps(trainer, params, ctx, start, count):
    """Steps whose gradients are exactly the random arrays that multiply the parameters (times the device's rank)."""
    rs = np.random.RandomState(start)
    for _ in range(count):
        heads = [nd.array(rs.normal(size=p.shape)) for p in params.values()]
        per_device = [[h.copyto(c) * (i + 1) for h in heads] for i, c in enumerate(ctx)]
        with autograd.record():
            losses = [sum((p.data(c) * h).sum() for p, h in zip(params.values(), hs)) for c, hs in zip(ctx, per_device)]
        for loss in losses:
            loss.backward()
        trainer.step(4)


for name, kw in OPTIMIZERS:
    for kv, uok, ctx in [("device", None, [mx.cpu(0)]), ("local", False, [mx.cpu(0), mx.cpu(1)]),
                         (None, None, [mx.cpu(0)]), ("device", True, [mx.cpu(0), mx.cpu(1)])]:
        mx.random.seed(7)
        params, w, b = make(ctx)
        try:
            trainer = gluon.Trainer(params, name, kw, kvstore=kv, update_on_kvstore=uok)
            steps(trainer, params, ctx, 0, 3)
            trainer.save_states(os.path.join(TMP, "t.states"))
            saved = [p.data(ctx[0]).copy() for p in params.values()]
            steps(trainer, params, ctx, 3, 2)
            first = [bits(p.data(ctx[-1])) for p in params.values()]
            for p, s in zip(params.values(), saved):
                p.set_data(s)
            trainer.load_states(os.path.join(TMP, "t.states"))
            steps(trainer, params, ctx, 3, 2)
            again = [bits(p.data(ctx[-1])) for p in params.values()]
            print(name, kv, uok, len(ctx), " ".join(first), "resumed" if again == first else "DIFFERS " + " ".join(again),
                  trainer.optimizer.num_update)
        except Exception as e:
            print(name, kv, uok, len(ctx), words(e))
