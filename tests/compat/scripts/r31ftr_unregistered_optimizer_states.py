"""Trainer.save_states / load_states with a user's own optimizer class that is not registered (constructor
arguments and counts kept), updating on the kvstore or on the devices."""
# recorded on AVX2
import os
import tempfile
import warnings

import mxnet as mx
from mxnet import autograd, gluon, nd

warnings.simplefilter("ignore")
TMP = tempfile.mkdtemp()


class MySGD(mx.optimizer.Optimizer):
    def __init__(self, scale=1.0, **kwargs):
        super().__init__(**kwargs)
        self.scale = scale

    def create_state(self, index, weight):
        return nd.zeros(weight.shape)

    def update(self, index, weight, grad, state):
        self._update_count(index)
        state[:] = 0.9 * state + grad
        weight[:] -= self._get_lr(index) * self.scale * state


for update_on_kvstore in (None, True, False):
    ctxs = [mx.cpu(0), mx.cpu(1)]
    net = gluon.nn.Dense(2, in_units=2)
    net.initialize(mx.init.One(), ctx=ctxs)
    trainer = gluon.Trainer(net.collect_params(), MySGD(scale=2.0, learning_rate=0.1),
                            update_on_kvstore=update_on_kvstore)

    def step():
        with autograd.record():
            losses = [net(nd.ones((1, 2), ctx=c)).sum() for c in ctxs]
        for loss in losses:
            loss.backward()
        trainer.step(1)
    step()
    path = os.path.join(TMP, "states%s" % update_on_kvstore)
    try:
        trainer.save_states(path)
        trainer.optimizer.scale = 5.0
        trainer.load_states(path)
        print(update_on_kvstore, type(trainer.optimizer).__name__, trainer.optimizer.scale, trainer.optimizer.num_update)
        step()
        print(" ", net.weight.data().asnumpy().tolist(), net.bias.data().asnumpy().tolist())
    except Exception as e:
        print(update_on_kvstore, type(e).__name__, str(e).split("\n")[0])
