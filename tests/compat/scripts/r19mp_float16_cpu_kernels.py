"""Float16 Dense and Conv2D layers trained on the CPU with a loss: the forward kernel fails, every gradient and
every weight a step updates inherits its error (the loss's backward reads the failed output), so the first read
raises it and later reads find it gone (the data then read is whatever the failed kernels left)."""
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


for name, make, shape, out_shape in [("Dense", lambda: nn.Dense(3, in_units=4), (2, 4), (2, 3)),
                                     ("Conv2D", lambda: nn.Conv2D(2, 3, in_channels=2), (1, 2, 4, 4), (1, 2, 2, 2))]:
    for kwargs in [{}, {"multi_precision": True}, {"momentum": 0.9, "multi_precision": True}]:
        print("--", name, kwargs)
        net = make()
        net.initialize(mx.init.Constant(0.5))
        net.cast("float16")
        trainer = gluon.Trainer(net.collect_params(), "sgd", dict(kwargs, learning_rate=0.1))
        x, target = nd.ones(shape, dtype="float16"), nd.zeros(out_shape, dtype="float16")
        for step in range(2):
            with autograd.record():
                loss = gluon.loss.L2Loss()(net(x), target)
            loss.backward()
            trainer.step(1)
            if step == 0:
                attempt("step 0 loss", lambda: loss.asnumpy().tolist())
                attempt("  waitall", nd.waitall)
            else:
                attempt("step 1 weight", lambda: net.weight.data().asnumpy().ravel()[:2].tolist())
                attempt("  waitall", nd.waitall)
