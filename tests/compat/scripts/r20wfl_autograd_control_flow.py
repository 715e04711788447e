"""Training loops whose graph follows Python control flow (loops and branches on values read back during the
recording), with hand-written SGD and a Trainer on the same parameters, bit for bit."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


def bits(a):
    a = a.asnumpy()
    return "%r %08x" % (float(a.astype(np.float64).sum()), zlib.crc32(a.tobytes()))


for seed in range(4):
    mx.random.seed(seed)
    w = nd.random.normal(shape=(5,))
    b = nd.random.uniform(-1, 1, shape=(1,))
    w.attach_grad()
    b.attach_grad()
    steps = []
    for step in range(4):
        with autograd.record():
            h = w * 1.5 + b
            loops = 0
            while h.norm().asscalar() < 12 and loops < 6:
                h = h * 1.3 + nd.tanh(h)
                loops += 1
            if h.sum().asscalar() > 0:
                loss = (h ** 2).mean()
            else:
                loss = nd.abs(h).sum() * 0.5 + nd.sigmoid(b).sum()
        loss.backward()
        w[:] = w - 0.01 * w.grad
        b[:] = b - 0.01 * b.grad
        steps.append("%d:%r" % (loops, float(loss.asscalar())))
    print("manual", seed, " ".join(steps), "|", bits(w), bits(b))

for optimizer in ("sgd", "adam", "rmsprop", "ftrl"):
    mx.random.seed(9)
    params = gluon.ParameterDict("cf_")
    w = params.get("w", shape=(4,), init=mx.init.Normal(1.0))
    params.initialize()
    trainer = gluon.Trainer(params, optimizer, {"learning_rate": 0.05})
    xs = nd.random.normal(shape=(6, 4))
    losses = []
    for step in range(5):
        with autograd.record():
            total = nd.zeros((1,))
            for row in xs:
                score = (row * w.data()).sum()
                total = total + (nd.relu(1 - score) if score.asscalar() < 1 else score * 0.01)
        total.backward()
        trainer.step(6)
        losses.append(repr(float(total.asscalar())))
    print(optimizer, " ".join(losses), "|", bits(w.data()))
