"""A hybridized block reads every parameter before its CachedOp checks contexts: an uninitialised one refuses first, even for inputs on another context."""
import mxnet as mx
from mxnet import npx
from mxnet.gluon import nn


def show(name, fn):
    try:
        r = fn()
        print(name, "ok", r.shape)
    except Exception as e:
        print(name, type(e).__name__, str(e).strip().split("\n")[-1][:250])


npx.set_np()
net = nn.HybridSequential()
net.add(nn.Dense(3, in_units=4), nn.Dense(2, in_units=3))
net.initialize()
net.hybridize()
show("forward", lambda: net(mx.np.ones((2, 4))))
net[1].weight.cast("float64")
try:        # the initializer fails on the float64 weight, leaving it uninitialised
    net[1].weight.initialize(init=mx.init.Uniform(), force_reinit=True)
except mx.MXNetError as e:
    print("reinit", str(e).strip().split("\n")[-1][:120])
show("forward cpu(1)", lambda: net(mx.np.ones((2, 4), ctx=mx.cpu(1))))
show("forward cpu(0)", lambda: net(mx.np.ones((2, 4))))
npx.reset_np()
other = nn.HybridSequential()
other.add(nn.Dense(3, in_units=4), nn.Dense(2, in_units=3))
other[0].initialize(ctx=mx.cpu(1))
other[1].initialize(ctx=mx.cpu(0))
other.hybridize()
show("split cpu(1)", lambda: other(mx.nd.ones((2, 4), ctx=mx.cpu(1))))
show("split cpu(0)", lambda: other(mx.nd.ones((2, 4))))
