"""Outside npx.set_np() a hybridized block running no operator on an mx.np input (Identity, a HybridSequential of them) traces an mx.np graph and returns mx.np arrays, while HybridConcurrent's legacy concat refuses them, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet.gluon import nn, contrib


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0][:200])


x = mx.np.array(np.arange(6).reshape(2, 3), dtype="float32")


def identity_seq():
    s = nn.HybridSequential()
    s.add(contrib.nn.Identity(), contrib.nn.Identity())
    return s


def concurrent():
    c = contrib.nn.HybridConcurrent(axis=1)
    c.add(contrib.nn.Identity(), contrib.nn.Identity())
    return c


for make in [contrib.nn.Identity, identity_seq, concurrent]:
    for hybridize in [False, True]:
        block = make()
        block.initialize()
        if hybridize:
            block.hybridize()
        name = "%s hybridized=%s" % (type(block).__name__, hybridize)
        show(name, lambda: block(x))
        show(name + " again", lambda: block(x))
        show(name + " then legacy", lambda: block(x.as_nd_ndarray()))
