"""Optimizer state files (Trainer.save_states, Module's .states, kvstore) carry the shape semantics they were saved
under: loading them under the other semantics (npx.set_np, np_shape) fails with MXNet's words; under the same
semantics training goes on."""
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon
from _words import words

DIR = tempfile.mkdtemp()


def trained(np_mode):
    """A Dense layer after one Adam step, its trainer's states saved (under NumPy semantics if ``np_mode``)."""
    if np_mode:
        mx.npx.set_np()
    try:
        net = gluon.nn.Dense(2, in_units=3, prefix="d_")
        net.initialize(mx.init.Constant(0.3))
        trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 0.1})
        x = mx.np.ones((2, 3)) if np_mode else mx.nd.ones((2, 3))
        with autograd.record():
            loss = net(x).sum()
        loss.backward()
        trainer.step(2)
        path = os.path.join(DIR, f"np{np_mode}.states")
        trainer.save_states(path)
        return path
    finally:
        mx.npx.reset_np()


def resumed(path, mode):
    if mode == "npx.set_np":
        mx.npx.set_np()
    try:
        net = gluon.nn.Dense(2, in_units=3, prefix="d_")
        net.initialize(mx.init.Constant(0.3))
        trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 0.1})
        if mode == "np_shape":
            with mx.util.np_shape(True):
                trainer.load_states(path)
        else:
            trainer.load_states(path)
        states = trainer._updaters[0].states
        return sorted((k, type(v[0]).__name__, np.round(v[0].asnumpy(), 5).tolist()) for k, v in states.items())
    finally:
        mx.npx.reset_np()


for saved_np in [False, True]:
    path = trained(saved_np)
    for mode in ["legacy", "npx.set_np", "np_shape"]:
        try:
            print(f"saved np={saved_np}, loaded {mode} ->", resumed(path, mode))
        except Exception as e:
            print(f"saved np={saved_np}, loaded {mode} ->", words(e))

updater = mx.optimizer.get_updater(mx.optimizer.SGD(momentum=0.9))
updater(0, mx.nd.ones((2,)), mx.nd.ones((2,)))
raw = updater.get_states(dump_optimizer=True)
for on in [False, True]:
    try:
        with mx.util.np_shape(on):
            fresh = mx.optimizer.get_updater(mx.optimizer.SGD())
            fresh.set_states(raw)
            print("updater states np_shape", on, "->", type(fresh.optimizer).__name__, fresh.optimizer.momentum,
                  fresh.states[0].asnumpy().tolist())
    except Exception as e:
        print("updater states np_shape", on, "->", words(e))
