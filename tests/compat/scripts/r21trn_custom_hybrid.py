"""A custom HybridBlock whose hybrid_forward dispatches on F (its own parameter, a nested custom block, a
constant, two outputs) trained imperatively and hybridized with static_alloc/static_shape across a batch-size
change, its symbolic form, and blocks that cannot be hybridized, to 5 digits."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


class Swish(gluon.HybridBlock):
    def __init__(self, beta=1.0, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.beta = self.params.get("beta", shape=(1,), init=mx.init.Constant(beta))

    def hybrid_forward(self, F, x, beta):
        return x * F.sigmoid(F.broadcast_mul(x, beta))


class Net(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.d1 = nn.Dense(6)
            self.act = Swish(0.7)
            self.d2 = nn.Dense(3)
            self.scale = self.params.get("scale", shape=(3,), init=mx.init.One())
            self.const = self.params.get_constant("const", nd.array([0.5, 1.0, 2.0]))

    def hybrid_forward(self, F, x, scale, const):
        h = self.act(self.d1(x))
        o = self.d2(h)
        return F.log_softmax(F.broadcast_mul(o, scale) + F.broadcast_mul(F.ones_like(o), const)), F.norm(h, axis=1)


for options in (None, {}, {"static_alloc": True}, {"static_alloc": True, "static_shape": True}):
    for opt in ("sgd", "adam"):
        mx.random.seed(12)
        net = Net()
        net.initialize(mx.init.Xavier())
        if options is not None:
            net.hybridize(**options)
        trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.05})
        rs = np.random.RandomState(10)
        losses = []
        for step in range(4):
            x = nd.array(rs.normal(size=(4 if step < 3 else 2, 5)))
            y = nd.array(rs.randint(0, 3, x.shape[0]))
            with autograd.record():
                logp, norm = net(x)
                loss = -nd.pick(logp, y).mean() + 0.01 * norm.mean()
            loss.backward()
            trainer.step(1)
            losses.append("%.5g" % float(loss.asscalar()))
        print(options, opt, " ".join(losses))
        print("  ", " ".join("%s=%s" % (k, bits(p.data())) for k, p in sorted(net.collect_params().items())))

net = Net()
net.initialize()
outs = net(mx.sym.var("data"))
print([type(o).__name__ for o in outs], outs[0].list_arguments(), outs[1].list_outputs())


class ReadsValues(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x.asnumpy()


class UsesShape(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x.shape[0] * x


for block in (ReadsValues(), UsesShape()):
    block.hybridize()
    try:
        print(bits(block(nd.ones((2,)))))
    except Exception as e:
        print(type(block).__name__, words(e))
