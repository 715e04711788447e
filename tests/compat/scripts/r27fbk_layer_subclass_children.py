# subclasses of built-in layers given children of their own: a deferred initialisation infers the children's shapes
# through the graph (hybridized or not), and one whose child the graph never reads fails as MXNet's does
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words


class ExtraDense(nn.Dense):
    def __init__(self, units, use_extra, **kw):
        super().__init__(units, **kw)
        self.use_extra = use_extra
        with self.name_scope():
            self.extra = nn.Dense(2)

    def hybrid_forward(self, F, x, weight, bias=None):
        out = super().hybrid_forward(F, x, weight, bias)
        return self.extra(out) if self.use_extra else out


class ExtraNorm(nn.LayerNorm):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.extra = nn.Dense(2)

    def hybrid_forward(self, F, x, gamma, beta):
        return self.extra(F.relu(super().hybrid_forward(F, x, gamma, beta)))


class ExtraConv(nn.Conv2D):
    def __init__(self, **kw):
        super().__init__(2, 3, **kw)
        with self.name_scope():
            self.head = nn.HybridSequential()
            self.head.add(nn.Flatten(), nn.Dense(3))

    def hybrid_forward(self, F, x, weight, bias=None):
        return self.head(super().hybrid_forward(F, x, weight, bias))


def with_child(layer):
    layer.unread = nn.Dense(2)
    return layer


MAKERS = [
    ("dense, child used", lambda: ExtraDense(3, True), (2, 4)),
    ("dense, child unused", lambda: ExtraDense(3, False), (2, 4)),
    ("dense in_units, child used", lambda: ExtraDense(3, True, in_units=4), (2, 4)),
    ("layernorm, child used", lambda: ExtraNorm(), (2, 4)),
    ("conv, child sequential", lambda: ExtraConv(), (2, 1, 5, 5)),
    ("conv in_channels", lambda: ExtraConv(in_channels=1), (2, 1, 5, 5)),
    ("dense given a child", lambda: with_child(nn.Dense(3)), (2, 4)),
    ("layernorm given a child", lambda: with_child(nn.LayerNorm()), (2, 4)),
]
for label, make, shape in MAKERS:
    for hybridize in [False, True]:
        with mx.name.NameManager():
            net = make()
        net.initialize(mx.init.One())
        if hybridize:
            net.hybridize()
        try:
            out = net(nd.ones(shape))
            print(label, hybridize, out.shape, out.sum().asscalar())
        except Exception as e:
            print(label, hybridize, words(e)[:150])
        print("   ", [p.shape for p in net.collect_params().values()])
