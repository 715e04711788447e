"""A hybridized PReLU's alpha gradient where its output reaches a sum: MXNet's planner lets the data gradient
overwrite the incoming gradient only when that buffer belongs to the PReLU alone."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn

warnings.simplefilter("ignore")

FORMS = {
    "plain": lambda F, c, p, z: p(c),
    "c+p": lambda F, c, p, z: c + p(c),
    "p+c": lambda F, c, p, z: p(c) + c,
    "p+z": lambda F, c, p, z: p(c) + z,
    "relu(p+c+3)": lambda F, c, p, z: F.relu(p(c) + c + 3),
    "sin(p+c)": lambda F, c, p, z: F.sin(p(c) + c),
    "sin(p+z)": lambda F, c, p, z: F.sin(p(c) + z),
    "p*2": lambda F, c, p, z: p(c) * 2,
    "p+p": lambda F, c, p, z: (lambda q: q + q)(p(c)),
    "identity(p)": lambda F, c, p, z: F.identity(p(c)),
    "reshape(p)+c": lambda F, c, p, z: F.reshape(p(c), (3, 4)) + c,
    "add_n(p,c)": lambda F, c, p, z: F.add_n(p(c), c),
    "p+z+c": lambda F, c, p, z: p(c) + z + c,
    "sin(p+z+c)": lambda F, c, p, z: F.sin(p(c) + z + c),
    "broadcast_add(p,c)": lambda F, c, p, z: F.broadcast_add(p(c), c),
    "sin(p)+p": lambda F, c, p, z: F.sin(p(c)) + p(c),
    "concat(p,c)": lambda F, c, p, z: F.concat(p(c), c, dim=0),
}


class Form(gluon.HybridBlock):
    def __init__(self, form, inner):
        super().__init__()
        self.form, self.inner = form, inner
        self.alpha = self.params.get("alpha", shape=(1,), init=mx.init.Constant(0.2))

    def hybrid_forward(self, F, x, z, alpha):
        c = F.sin(x) if self.inner else x
        return self.form(F, c, lambda d: F.LeakyReLU(d, alpha, act_type="prelu"), z)


x_value = nd.array(((np.arange(12) * 7 % 13) - 6).reshape(3, 4) / 5.0)
for inner in (True, False):
    for label, form in FORMS.items():
        if not inner and label == "reshape(p)+c":
            continue        # (a variable's two gradients summed: not followed)
        net = Form(form, inner)
        net.initialize()
        net.hybridize()
        x = x_value.copy()
        x.attach_grad()
        with autograd.record():
            y = net(x, nd.ones((3, 4)))
        y.backward(2 * y)
        print(inner, label, net.alpha.grad().asnumpy().tolist(), round(float(x.grad.asnumpy().sum()), 4))


class Res(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.body = nn.HybridSequential(prefix="")

    def hybrid_forward(self, F, x):
        return x + self.body(x)


def residual_net(first):
    net = nn.HybridSequential()
    net.add(first)
    res = Res()
    res.body.add(nn.PReLU(alpha_initializer=mx.init.Constant(0.2)))
    net.add(res)
    return net


x = nd.array(((np.arange(192) * 7 % 13) - 6).reshape(3, 4, 4, 4) / 5.0)
for first in ("conv", "dense"):
    for hybrid in (False, True):
        mx.random.seed(126)
        net = residual_net(nn.Conv2D(3, (3, 3)) if first == "conv" else nn.Dense(3, flatten=False))
        net.initialize()
        if hybrid:
            net.hybridize()
        trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "momentum": 0.9})
        for step in range(2):
            with autograd.record():
                loss = (net(x) ** 2).sum()
            loss.backward()
            alpha = net[1].body[0].alpha
            print(first, hybrid, step, "%.5g" % loss.asscalar(), "%.5g" % alpha.grad().asscalar())
            trainer.step(3)
        print("  alpha", "%.5g" % alpha.data().asscalar())
