"""Saved optimizer states keep their value types: numpy scalars (a float32 learning rate stays float32 after
Trainer.load_states, and updates on as before), sets, complex numbers, nested containers of a custom optimizer."""
# recorded on AVX2
import os
import tempfile
import warnings

import mxnet as mx
from mxnet import autograd, gluon, nd
import numpy as np

warnings.simplefilter("ignore")
TMP = tempfile.mkdtemp()
STATES = {"dict": lambda w: {"m": nd.zeros(w.shape), "n": 3}, "numpy": lambda w: np.zeros(w.shape),
          "int": lambda w: 5, "nested": lambda w: (None, [nd.zeros(w.shape), (1, 2.5)]), "set": lambda w: {1, 2},
          "frozenset": lambda w: frozenset([3]), "bytes": lambda w: b"xy", "float32": lambda w: np.float32(1.5),
          "int64": lambda w: np.int64(7), "float16": lambda w: np.float16(0.1), "bool": lambda w: True,
          "complex": lambda w: 1j}
for name, make in STATES.items():
    class Opt(mx.optimizer.Optimizer):
        def create_state(self, index, weight):
            return make(weight)

        def update(self, index, weight, grad, state):
            weight[:] -= 0.1 * grad
    updater = mx.optimizer.get_updater(Opt())
    updater(0, nd.ones((2,)), nd.ones((2,)))
    other = mx.optimizer.get_updater(Opt())
    other.set_states(updater.get_states())
    state = other.states[0]
    print(name, type(state).__name__, repr(state).replace("\n", " "))

for name in ("sgd", "adam", "nag", "rmsprop", "lamb", "signum", "ftml", "adagrad"):
    for lr in (np.float32(0.1), np.float16(0.3), np.float64(0.1)):
        net = gluon.nn.Dense(2, in_units=3)
        net.initialize(mx.init.One())
        trainer = gluon.Trainer(net.collect_params(), name, {"learning_rate": lr, "wd": np.float32(0.01)})

        def steps(k):
            for s in range(k):
                with autograd.record():
                    loss = (net(nd.array(np.random.RandomState(s).randn(2, 3))) ** 2).sum()
                loss.backward()
                trainer.step(2)
        steps(1)
        path = os.path.join(TMP, "states")
        trainer.save_states(path)
        trainer.load_states(path)
        print(name, type(lr).__name__, type(trainer.optimizer.lr).__name__, type(trainer.optimizer.wd).__name__,
              repr(trainer.learning_rate))
        steps(2)
        print(" ", net.weight.data().asnumpy().ravel().tolist())
