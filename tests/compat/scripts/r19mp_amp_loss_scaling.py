"""contrib.amp's dynamic loss scaling as a user sees it over several steps: gradients scaled, a step skipped and
the scale halved after an overflow (inf, or a float16 overflow of a finite loss), unscale, lists of losses."""
import logging
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.contrib import amp
from _words import words

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)


class Elem(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get("weight", shape=(3,), init=mx.init.Constant(0.5))

    def hybrid_forward(self, F, x, weight):
        return F.sum(F.exp(F.tanh(F.broadcast_mul(x, weight))), axis=1)


def show(a):
    return np.round(a.asnumpy().astype("float64"), 5).tolist()


first = Elem()
first.initialize()
print("before init:", end=" ")
try:
    amp.init_trainer(gluon.Trainer(first.collect_params(), "sgd"))
except AssertionError as e:
    print("AssertionError", e)
amp.init()
x = nd.array(np.sin(np.arange(12) * 1.3).reshape(4, 3))
for opt, kwargs in [("sgd", {"learning_rate": 0.1, "momentum": 0.9}), ("adam", {"learning_rate": 0.01}),
                    ("sgd", {"learning_rate": 0.1, "multi_precision": True})]:
    print("--", opt, kwargs)
    net = Elem()
    net.initialize()
    trainer = gluon.Trainer(net.collect_params(), opt, kwargs)
    amp.init_trainer(trainer)
    scaler = trainer._amp_loss_scaler
    print("scaler", type(scaler).__name__, scaler.loss_scale, trainer._scale, trainer._amp_original_scale)
    for step, factor in enumerate([1.0, float("inf"), 1e30, 1.0, float("nan"), 1.0]):
        with autograd.record():
            loss = net(x) * factor
            with amp.scale_loss(loss, trainer) as scaled:
                autograd.backward(scaled)
        grad = show(net.weight.grad())
        if step == 3:
            amp.unscale(trainer)
            print("  unscaled", show(net.weight.grad()), trainer._scale)
        trainer.step(4)
        print(f"  step {step} x{factor}: scaled {show(scaled)[:2]} grad {grad} weight {show(net.weight.data())} "
              f"scale {scaler.loss_scale} next {scaler._next_loss_scale} trainer {trainer._scale}")
    with autograd.record():
        losses = [net(x), net(x) * 2]
        with amp.scale_loss(losses, trainer) as scaled:
            autograd.backward(scaled)
    print("  list of losses:", type(scaled).__name__, [show(s)[:2] for s in scaled])
    trainer.allreduce_grads()
    trainer.update(4)
    print("  allreduce_grads + update:", show(net.weight.data()), scaler.loss_scale, trainer._scale)
    try:
        amp.init_trainer(trainer)
        print("  init_trainer again: fine")
    except Exception as e:
        print("  init_trainer again:", words(e))
