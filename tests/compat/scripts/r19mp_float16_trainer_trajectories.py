"""Float16 and float64 models that run on the CPU (elementwise weights, LayerNorm, PReLU) trained by every
optimizer with and without multi_precision: the losses and the float16 weights bit for bit."""
import logging
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)


class Elem(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get("weight", shape=(5,), init=mx.init.Constant(0.7))
            self.bias = self.params.get("bias", shape=(5,), init=mx.init.Constant(-0.1))
            self.mix = self.params.get("mix", shape=(2, 5), init=mx.init.Constant(0.3))

    def hybrid_forward(self, F, x, weight, bias, mix):
        h = F.tanh(F.broadcast_add(F.broadcast_mul(x, weight), bias))
        a = F.sum(F.broadcast_mul(h, F.slice_axis(mix, axis=0, begin=0, end=1)), axis=1, keepdims=True)
        b = F.sum(F.broadcast_mul(h * h, F.slice_axis(mix, axis=0, begin=1, end=2)), axis=1, keepdims=True)
        return F.concat(a, b, dim=1)


def bits(a):
    """float16 values as their bits (a NaN as nan: its sign bit is the kernel's accident), others in full."""
    a = a.asnumpy()
    if a.dtype != np.float16:
        return " ".join("%.9g" % v for v in a.ravel())
    return " ".join("nan" if np.isnan(v) else "%04x" % b for v, b in zip(a.ravel(), a.view(np.uint16).ravel()))


x0 = np.sin(np.arange(30) * 1.7).reshape(6, 5)
t0 = np.cos(np.arange(12) * 0.9).reshape(6, 2) * 0.5


def train(opt, kwargs, dtype, hybrid):
    net = nn.HybridSequential(prefix="m_")
    with net.name_scope():
        net.add(Elem(), nn.LayerNorm(in_channels=2), nn.PReLU())
    net.initialize()
    net.cast(dtype)
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), opt, kwargs)
    x, t = nd.array(x0, dtype=dtype), nd.array(t0, dtype=dtype)
    losses = []
    for _ in range(4):
        with autograd.record():
            loss = gluon.loss.L2Loss()(net(x), t)
        loss.backward()
        trainer.step(6)
        losses.append("%.5g" % loss.astype("float64").sum().asscalar())
    return " ".join(losses), bits(net[0].weight.data()), bits(net[2].alpha.data())


for opt, kwargs in [("sgd", {"learning_rate": 0.2, "momentum": 0.9}), ("nag", {"learning_rate": 0.2, "momentum": 0.9}),
                    ("adam", {"learning_rate": 0.05}), ("rmsprop", {"learning_rate": 0.05}),
                    ("adagrad", {"learning_rate": 0.2}), ("lamb", {"learning_rate": 0.05}),
                    ("signum", {"learning_rate": 0.05}), ("ftml", {"learning_rate": 0.05}),
                    ("adamax", {"learning_rate": 0.05}), ("nadam", {"learning_rate": 0.05})]:
    for dtype, mp in [("float16", False), ("float16", True), ("float64", True)]:
        for hybrid in ((False, True) if dtype == "float16" else (False,)):
            label = f"{opt} {dtype} multi_precision={mp} {'hybrid' if hybrid else 'imperative'}"
            try:
                losses, w, alpha = train(opt, dict(kwargs, multi_precision=mp), dtype, hybrid)
                print(label, "|", losses, "| weight", w, "| alpha", alpha)
            except Exception as e:
                print(label, "|", words(e))
