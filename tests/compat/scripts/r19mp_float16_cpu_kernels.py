"""Float16 Dense and Conv2D layers trained on the CPU: which read raises which error (the forward's when the loss
is read, the backward kernel's when a gradient, an updated weight or waitall is), step after step."""
import warnings

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for name, make, shape in [("Dense", lambda: nn.Dense(3, in_units=4), (2, 4)),
                          ("Conv2D", lambda: nn.Conv2D(2, 3, in_channels=2), (1, 2, 4, 4))]:
    for kwargs in [{}, {"multi_precision": True}, {"momentum": 0.9, "multi_precision": True}]:
        print("--", name, kwargs)
        net = make()
        net.initialize(mx.init.Constant(0.5))
        net.cast("float16")
        trainer = gluon.Trainer(net.collect_params(), "sgd", dict(kwargs, learning_rate=0.1))
        x = nd.ones(shape, dtype="float16")
        for step in range(2):
            with autograd.record():
                loss = net(x).sum()
            loss.backward()
            trainer.step(1)
            attempt(f"step {step} loss", lambda: loss.asscalar())
            if step == 0:
                attempt("  waitall", nd.waitall)
            else:
                attempt("  weight", lambda: net.weight.data().asnumpy().ravel()[:2].tolist())
                attempt("  bias grad", lambda: net.bias.grad().asnumpy().ravel()[:2].tolist())
                attempt("  waitall", nd.waitall)
        with autograd.record():
            loss = net(x).sum()
        loss.backward()
        attempt("backward only, waitall", nd.waitall)
        attempt("  waitall again", nd.waitall)
