"""Training in other precisions: float16 networks (refused by the CPU dense kernel, or by the optimizer's type
check), multi-precision SGD on float16 weights (its state and the rounding of each update), and float64
networks under several optimizers, hybridized or not, bit for bit."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words


def bits(a):
    a = a.asnumpy()
    return "%r %s %08x" % (float(a.astype(np.float64).sum()), a.dtype, zlib.crc32(a.tobytes()))


def checksum(net):
    return " ".join("%s=%s" % (k, bits(p.data())) for k, p in sorted(net.collect_params().items()))


rs = np.random.RandomState(8)
x16, y16 = nd.array(rs.normal(size=(6, 5)), dtype="float16"), nd.array(rs.randint(0, 3, 6), dtype="float16")
for opt, mp in [("sgd", False), ("sgd", True), ("rmsprop", False), ("adam", True)]:
    mx.random.seed(6)
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Dense(8, activation="relu"), nn.Dense(3))
    net.initialize(mx.init.Xavier())
    net.cast("float16")
    trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.05, "multi_precision": mp})
    try:
        with autograd.record():
            loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(x16).astype("float32"), y16.astype("float32"))
        loss.backward()
        trainer.step(6)
        print("float16", opt, mp, "%.5g" % float(loss.mean().asscalar()))
    except Exception as e:
        print("float16", opt, mp, words(e))

for mp in (False, True):
    for momentum in (0.0, 0.9):
        w = nd.array([0.1, -0.2, 0.3, 1000.0], dtype="float16")
        g = nd.array([0.001, 0.01, -0.0003, 0.5], dtype="float16")
        opt = mx.optimizer.SGD(learning_rate=0.1, momentum=momentum, wd=0.01, multi_precision=mp)
        state = opt.create_state_multi_precision(0, w)
        trace = []
        for i in range(4):
            opt.update_multi_precision(0, w, g, state)
            trace.append(bits(w))
        kind = type(state).__name__ if not isinstance(state, tuple) else "(%s)" % ", ".join(
            "None" if s is None else s.dtype.__name__ for s in state)
        print("sgd16", mp, momentum, kind, " | ".join(trace))

x64, y64 = nd.array(rs.normal(size=(5, 4)), dtype="float64"), nd.array(rs.randint(0, 2, 5), dtype="float64")
for opt in ("sgd", "adam", "ftml", "nadam", "adagrad"):
    for hybrid in (False, True):
        mx.random.seed(11)
        net = nn.HybridSequential()
        with net.name_scope():
            net.add(nn.Dense(6, activation="tanh"), nn.BatchNorm(), nn.Dense(2))
        net.cast("float64")
        net.initialize(mx.init.Xavier())
        if hybrid:
            net.hybridize()
        trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.05})
        losses = []
        try:
            for step in range(3):
                with autograd.record():
                    loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(x64), y64)
                loss.backward()
                trainer.step(5)
                losses.append("%r/%s" % (float(loss.mean().asscalar()), loss.dtype.__name__))
            print("float64", opt, hybrid, " ".join(losses))
            print("  ", checksum(net))
        except Exception as e:
            print("float64", opt, hybrid, " ".join(losses), words(e))
