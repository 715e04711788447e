"""Learning-rate schedulers driving optimizers and a Trainer: the rate each update sees (exact floats), the
weights, the scheduler's base_lr after the optimizer takes it over, copies and pickles of a scheduler mid-way,
numpy integers as arguments, and edge values (negative updates, zero factors, power 0)."""
# recorded on AVX2
import copy
import logging
import pickle
import sys
import warnings

import numpy as np
import mxnet as mx
from mxnet import gluon
from mxnet import lr_scheduler as L

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="LOG %(levelname)s %(message)s")


def attempt(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, "->", repr(fn()))
        except Exception as e:
            print(label, "raises", type(e).__name__, str(e))
    for w in caught:
        print(label, "warns", w.category.__name__, str(w.message))


SCHEDULES = {"F": lambda: L.FactorScheduler(2, 0.5), "M": lambda: L.MultiFactorScheduler([2, 5], 0.3),
             "P": lambda: L.PolyScheduler(8, pwr=2), "C": lambda: L.CosineScheduler(8, final_lr=0.001, warmup_steps=2)}


def run(opt, schedule):
    optimizer = mx.optimizer.create(opt, learning_rate=0.2, lr_scheduler=schedule)
    weight, grad = mx.nd.ones((2,)), mx.nd.ones((2,)) * 0.5
    state = optimizer.create_state(0, weight)
    rates = []
    for _ in range(6):
        optimizer.update(0, weight, grad, state)
        rates.append(optimizer.learning_rate)
    return schedule.base_lr, rates, weight.asnumpy().tolist()


for name, make in SCHEDULES.items():
    for opt in ("sgd", "adam", "nag", "rmsprop", "adagrad", "signum", "ftrl", "adadelta"):
        attempt("%s %s" % (name, opt), lambda: run(opt, make()))
    schedule = make()
    [schedule(i) for i in range(5)]
    copied, pickled = copy.deepcopy(schedule), pickle.loads(pickle.dumps(schedule))
    attempt("copies " + name, lambda: ([copied(i) for i in range(4, 10)], [pickled(i) for i in range(4, 10)]))

net = gluon.nn.Dense(2, in_units=2)
net.initialize(mx.init.One())
schedule = L.MultiFactorScheduler([1, 3], 0.1)
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.4, "lr_scheduler": schedule})
for i in range(5):
    with mx.autograd.record():
        y = net(mx.nd.ones((3, 2))).sum()
    y.backward()
    trainer.step(3)
    weights = net.weight.data().asnumpy().ravel().tolist()
    print("trainer", i, trainer.learning_rate, trainer._optimizer.num_update, weights)
attempt("trainer set_learning_rate", lambda: trainer.set_learning_rate(0.9))
attempt("optimizer without learning_rate",
        lambda: mx.optimizer.SGD(lr_scheduler=L.FactorScheduler(2, 0.5, base_lr=0.7)).learning_rate)

for label, fn in [
        ("numpy warmup_steps", lambda: L.FactorScheduler(2, warmup_steps=np.int64(2))),
        ("numpy max_update", lambda: L.PolyScheduler(np.int64(5))),
        ("numpy step", lambda: L.FactorScheduler(np.int64(2), 0.5)(5)),
        ("numpy steps", lambda: L.MultiFactorScheduler([np.int64(2), np.int64(4)], 0.5)(5)),
        ("numpy num_update", lambda: L.CosineScheduler(10)(np.int64(3))),
        ("float32 num_update", lambda: L.PolyScheduler(10)(np.float32(3))),
        ("int base_lr", lambda: [L.FactorScheduler(1, 0.5, base_lr=1)(i) for i in range(4)]),
        ("int cosine", lambda: [L.CosineScheduler(4, base_lr=1, final_lr=0)(i) for i in range(6)]),
        ("int warmup", lambda: [L.CosineScheduler(6, base_lr=1, warmup_steps=3, warmup_begin_lr=0)(i)
                                for i in range(4)]),
        ("negative updates", lambda: [L.FactorScheduler(2, 0.5, base_lr=1.0, warmup_steps=2)(i)
                                      for i in (-5, -1, 0, 1)]),
        ("cosine negative", lambda: [L.CosineScheduler(4, base_lr=1.0)(i) for i in (-2, -1)]),
        ("poly pwr 0", lambda: [L.PolyScheduler(4, base_lr=1.0, pwr=0)(i) for i in range(6)]),
        ("poly pwr -1", lambda: [L.PolyScheduler(4, base_lr=1.0, pwr=-1)(i) for i in range(5)]),
        ("factor 0", lambda: [L.FactorScheduler(1, 0, base_lr=1.0)(i) for i in range(4)]),
        ("factor -0.5", lambda: [L.FactorScheduler(1, -0.5, base_lr=1.0)(i) for i in range(4)]),
        ("stop_factor_lr -1", lambda: [L.FactorScheduler(1, 0.5, stop_factor_lr=-1, base_lr=1.0)(i) for i in range(4)]),
        ("multi factor 0", lambda: [L.MultiFactorScheduler([1, 2], 0, base_lr=1.0)(i) for i in range(4)]),
        ("final above base", lambda: [L.CosineScheduler(4, base_lr=0.1, final_lr=1.0)(i) for i in range(5)]),
        ("negative warmup_begin_lr", lambda: [L.FactorScheduler(3, base_lr=0.1, warmup_steps=3, warmup_begin_lr=-0.1)(i)
                                              for i in range(4)]),
        ("call with str", lambda: L.FactorScheduler(3)("3")),
        ("call with None", lambda: L.FactorScheduler(3)(None))]:
    attempt(label, fn)
