"""Block names and prefixes: name managers, name scopes entered twice or nested in another block's, explicit
and empty prefixes, params= sharing, and the names symbols get inside a scope."""
import mxnet as mx
from mxnet import gluon
from mxnet.gluon import nn


def keys(block):
    return sorted(block.collect_params().keys())


s = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2)
print(s.name, nn.Dense(2).name, nn.Dense(2).name, nn.Conv2D(2, 1).name, nn.HybridSequential().name)
with mx.name.NameManager():
    print(nn.Dense(2).name, mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2).name)
with mx.name.Prefix("p_"):
    outer = nn.HybridSequential()
    with outer.name_scope():
        inner = nn.Dense(2)
    print(nn.Dense(2).name, outer.name, inner.name)

net = nn.HybridSequential()
with net.name_scope():
    a = nn.Dense(2)
with net.name_scope():
    b = nn.Dense(2)
other = nn.HybridSequential()
with net.name_scope():
    with other.name_scope():
        c = nn.Dense(2)
    d = nn.Dense(2, prefix="fc_")
    e = nn.Dense(2, prefix="")
    f = nn.Dense(2, params=b.params)
    g = nn.Dense(2, prefix="x_", params=b.params)
    sym = mx.sym.relu(mx.sym.var("data"))
print(a.name, b.name, other.name, c.name, d.name, repr(e.name), f.name, g.name, sym.name)
print(keys(f), keys(g), f.weight is b.weight, g.weight is b.weight)

empty = nn.HybridSequential(prefix="")
with empty.name_scope():
    h = nn.Dense(2)
print(repr(empty.name), h.name, h.prefix)

for prefix in ["x", "x_", "", None]:
    block = gluon.Block(prefix=prefix)
    print(repr(prefix), repr(block.prefix), repr(block.name))

first = nn.HybridSequential(prefix="a_")
with first.name_scope():
    first.add(nn.Dense(2))
second = nn.HybridSequential(prefix="b_", params=first.collect_params())
with second.name_scope():
    second.add(nn.Dense(2))
print(keys(second), second[0].weight is first[0].weight)
try:
    nn.Dense(2, in_units=4, params=nn.Dense(2, in_units=3).collect_params())
except Exception as err:
    print(type(err).__name__, err)


class Plain(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x


class Named(Plain):
    def _alias(self):
        return "foo"


print(Plain().name, Plain().name, Named().name, Plain(prefix="zz").name, gluon.Block().name)


twice = nn.HybridSequential()       # a scope entered again inside itself: MXNet fails when the outer one exits
try:
    with twice.name_scope():
        with twice.name_scope():
            inner = nn.Dense(2)
        print(inner.name, nn.Dense(2).name)
except AttributeError as err:
    print(type(err).__name__, str(err).split(".")[0])
