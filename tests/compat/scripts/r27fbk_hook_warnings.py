# hybridize() of blocks holding forward hooks / pre-hooks: which calls warn (a pre-hook warns even when switching off)
# recorded on AVX2
import warnings
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn


def build(kind):
    if kind == "dense":
        return nn.Dense(2, in_units=4)
    if kind == "hseq":
        net = nn.HybridSequential()
        net.add(nn.Dense(3, in_units=4), nn.Activation("relu"))
        return net
    net = nn.Sequential()
    net.add(nn.Dense(3, in_units=4), nn.Dense(2, in_units=3))
    return net


def hook_children(net, hooks):
    targets = list(net._children.values()) or [net]
    for child in targets:
        if "pre" in hooks:
            child.register_forward_pre_hook(lambda b, a: calls.append(("pre", b.name)))
        if "post" in hooks:
            child.register_forward_hook(lambda b, a, o: calls.append(("post", b.name)))
    return targets


x = nd.ones((2, 4))
for kind in ["dense", "hseq", "seq"]:
    for hooks in ["pre", "post", "pre+post"]:
        for active in [True, False, 0, None]:
            with mx.name.NameManager():
                net = build(kind)
            net.initialize(mx.init.One())
            calls = []
            hook_children(net, hooks)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                net.hybridize(active)
                out = net(x)
            seen = [str(w.message).split('"')[1].split("(")[0] for w in caught if "hook" in str(w.message)]
            print(kind, hooks, active, "warned for", seen, "calls", calls, out.shape)
