"""Under npx.set_np() a hybridized block running no npx operator traces a legacy NDArray input as a legacy variable and keeps that graph, so its legacy outputs (a child's legacy symbol while a container traces) are refused, even for a later mx.np input, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon import nn, contrib

mx.npx.set_np()
x = nd.array(np.arange(6).reshape(2, 3))


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, r.shape)
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0][:260])


class Passes(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return x


def identities():
    s = nn.HybridSequential()
    s.add(contrib.nn.Identity(), contrib.nn.Identity())
    return s


def concurrent():
    c = contrib.nn.Concurrent(axis=1)
    c.add(contrib.nn.Identity(), contrib.nn.Identity())
    return c


for make in [contrib.nn.Identity, identities, concurrent, Passes, lambda: nn.HybridLambda(lambda F, x: x)]:
    for hybridize in [False, True]:
        block = make()
        block.initialize()
        if hybridize:
            block.hybridize()
        name = "%s hybridized=%s" % (type(block).__name__, hybridize)
        show(name, lambda: block(x))
        show(name + " again", lambda: block(x))
        show(name + " then mx.np", lambda: block(x.as_np_ndarray()))
