"""gluon.utils.HookHandle: a second attach is an AssertionError, detaching one never attached calls MXNet's missing weak reference, and a pickled handle refers to its own copy of the hooks."""
import collections
import pickle
import mxnet as mx
from mxnet.gluon import nn, utils


def show(f):
    try:
        print("OK", f())
    except (AssertionError, TypeError) as e:
        print(type(e).__name__ + ":", e)


hooks = collections.OrderedDict()
h = utils.HookHandle()
show(lambda: h.detach())
show(lambda: h.attach(hooks, print))
show(lambda: h.attach(hooks, len))
show(lambda: len(hooks))
copy = pickle.loads(pickle.dumps(h))
show(lambda: copy._id == h._id)
show(lambda: copy.detach())
show(lambda: len(hooks))
show(lambda: h.detach())
show(lambda: len(hooks))
show(lambda: pickle.loads(pickle.dumps(h)).detach())
show(lambda: pickle.dumps(utils.HookHandle()))
show(lambda: utils.HookHandle().attach({}, print))

net = nn.Dense(2, in_units=2)
net.initialize()
calls = []
handle = net.register_forward_hook(lambda block, inputs, output: calls.append(output.shape))
net(mx.nd.ones((1, 2)))
handle.detach()
net(mx.nd.ones((3, 2)))
with net.register_forward_pre_hook(lambda block, inputs: calls.append(inputs[0].shape)):
    net(mx.nd.ones((4, 2)))
net(mx.nd.ones((5, 2)))
print(calls)
