"""Learning-rate schedules (with warmup) driving a Trainer, and trainer states saved mid-run and loaded into a new
Trainer: the learning rate and the loss at each step, float16 weights with and without multi_precision."""
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn

STATES = os.path.join(tempfile.mkdtemp(), "trainer.states")
sched = mx.lr_scheduler
SCHEDULES = {
    "factor": lambda: sched.FactorScheduler(step=2, factor=0.5, stop_factor_lr=0.02, base_lr=0.1),
    "factor-warmup": lambda: sched.FactorScheduler(step=3, factor=0.5, warmup_steps=3, warmup_begin_lr=0.01),
    "multifactor": lambda: sched.MultiFactorScheduler(step=[2, 5], factor=0.3, warmup_steps=2,
                                                      warmup_mode="constant", warmup_begin_lr=0.005),
    "poly": lambda: sched.PolyScheduler(max_update=6, base_lr=0.1, pwr=2, final_lr=0.001, warmup_steps=2),
    "cosine": lambda: sched.CosineScheduler(max_update=6, base_lr=0.1, final_lr=0.01, warmup_steps=1),
}


class Linear16(gluon.HybridBlock):
    """y = x w^T + b with parameters of a given dtype, computed by elementwise ops (any dtype runs on CPU)."""

    def __init__(self, dtype, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(3, 5), dtype=dtype, init=mx.init.Uniform(0.5))
            self.b = self.params.get("b", shape=(3,), dtype=dtype, init=mx.init.Uniform(0.5))

    def hybrid_forward(self, F, x, w, b):
        y = F.sum(F.broadcast_mul(F.expand_dims(x, 1), F.expand_dims(w, 0)), axis=2)
        return F.cast(F.broadcast_add(y, F.expand_dims(b, 0)), "float32")


def train(net, dtype, optimizer, kwargs, make_kwargs, reload_at, steps=8):
    params = net.collect_params()
    trainer = gluon.Trainer(params, optimizer, dict(kwargs, **make_kwargs()))
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    shown = []
    for step in range(steps):
        rs = np.random.RandomState(step)
        x, y = nd.array(rs.randn(6, 5), dtype=dtype), nd.array(rs.randint(0, 3, size=(6,)))
        with autograd.record():
            loss = loss_fn(net(x), y)
        loss.backward()
        trainer.step(6)
        shown.append("%.4g@%.4g" % (loss.mean().asscalar(), trainer.learning_rate))
        if step == reload_at:
            trainer.save_states(STATES)
            trainer = gluon.Trainer(params, optimizer, dict(kwargs, **make_kwargs()))
            trainer.load_states(STATES)
    total = sum(float(p.data().astype("float32").abs().sum().asscalar()) for p in params.values())
    return " ".join(shown) + " | %.5g" % total


for name, make in SCHEDULES.items():
    for optimizer, kwargs in [("sgd", {"momentum": 0.9}), ("adam", {})]:
        for reload_at in (None, 3):
            mx.random.seed(1)
            net = nn.Dense(3, in_units=5)
            net.initialize(mx.init.Xavier())
            print(name, optimizer, reload_at, train(net, "float32", optimizer, kwargs,
                                                     lambda: {"lr_scheduler": make()}, reload_at))

for optimizer, kwargs in [("sgd", {"learning_rate": 0.1, "momentum": 0.9}), ("adam", {"learning_rate": 0.01}),
                          ("nag", {"learning_rate": 0.1, "momentum": 0.9}), ("lamb", {"learning_rate": 0.01}),
                          ("signum", {"learning_rate": 0.01})]:
    for multi_precision in (True, False):
        for reload_at in (None, 3):
            mx.random.seed(5)
            net = Linear16("float16")
            net.initialize()
            print("float16", optimizer, multi_precision, reload_at,
                  train(net, "float16", optimizer, dict(kwargs, multi_precision=multi_precision), dict, reload_at))
