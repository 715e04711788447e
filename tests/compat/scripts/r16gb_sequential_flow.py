"""Sequential and HybridSequential, hybridized or not: several outputs of one child become the inputs of the
next, extra inputs, empty containers, slicing, indexing and a child added twice."""
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words


class Two(gluon.HybridBlock):
    def hybrid_forward(self, F, x, *rest):
        return x * 2, x + 1


class Add(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y=None, *rest):
        return x + (y if y is not None else 0)


class Pair(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return [x, x]


def show(r):
    if isinstance(r, (list, tuple)):
        return type(r).__name__ + "(" + ", ".join(show(v) for v in r) + ")"
    return str(r.asnumpy().tolist())


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for kind in (nn.Sequential, nn.HybridSequential):
    for hybrid in (False, True):
        def run(children, *inputs):
            net = kind()
            net.add(*children)
            if hybrid:
                net.hybridize()
            return net(*inputs)
        tag = f"{kind.__name__} hybridize={hybrid}:"
        one = nd.array([1, 2])
        attempt(f"{tag} Two, Add", lambda: run([Two(), Add()], one))
        attempt(f"{tag} Two", lambda: run([Two()], one))
        attempt(f"{tag} Two, Two", lambda: run([Two(), Two()], one))
        attempt(f"{tag} Add with 2 inputs", lambda: run([Add()], one, one))
        attempt(f"{tag} Add with 3 inputs", lambda: run([Add()], one, one, one))
        attempt(f"{tag} empty", lambda: run([], one))
        attempt(f"{tag} empty with 2 inputs", lambda: run([], one, one))
        attempt(f"{tag} Pair, Add", lambda: run([Pair(), Add()], one))
        inner = kind()
        inner.add(Two())
        attempt(f"{tag} nested Two, Add", lambda: run([inner, Add()], one))
    net = kind()
    net.add(nn.Dense(1), nn.Dense(2))
    print(kind.__name__, net[-1].name, repr(net[-2:]), type(net[:1]).__name__, net[:1].prefix, len(net[5:]),
          bool(kind()), [type(b).__name__ for b in net])
    attempt(f"{kind.__name__}[5]", lambda: net[5])
    attempt(f"{kind.__name__}['a']", lambda: net["a"])
    attempt(f"{kind.__name__}.add(3)", lambda: net.add(3))
    twice = kind()
    dense = nn.Dense(1, in_units=1)
    twice.add(dense, dense)
    twice.initialize("ones")
    print(repr(twice), show(twice(nd.ones((1, 1)))), list(twice.collect_params().keys()))
