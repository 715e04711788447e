"""BatchNorm's moving statistics through training steps under record (train and predict mode), train_mode
alone and plain inference, for momentum, use_global_stats, scale/center, epsilon, axis and input ranks,
hybridized or not, with reprs before and after shape inference, to 5 digits."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn
from _words import words


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


def run(kwargs, hybrid, mode, shape=(4, 3, 2, 2), dtype="float32"):
    mx.random.seed(0)
    net = nn.HybridSequential()
    net.add(nn.Conv2D(3, 1, in_channels=shape[1]) if len(shape) == 4 else nn.Dense(3, flatten=False), nn.BatchNorm(**kwargs))
    net.initialize(mx.init.Xavier())
    if dtype != "float32":
        net.cast(dtype)
    if hybrid:
        net.hybridize()
    rs, heads = np.random.RandomState(1), np.random.RandomState(2)
    bn = net[1]
    lines = []
    for i in range(3):
        x = nd.array(rs.normal(1.0, 2.0, size=shape), dtype=dtype)
        if mode.startswith("record"):
            with autograd.record(train_mode=mode == "record"):
                y = net(x)
            y.backward(nd.array(heads.normal(size=y.shape), dtype=dtype))
        elif mode == "train_mode":
            with autograd.train_mode():
                y = net(x)
        else:
            y = net(x)
        lines.append("y %s mean %s var %s" % (bits(y), bits(bn.running_mean.data()), bits(bn.running_var.data())))
    try:
        grad = bits(bn.gamma.grad()) if mode.startswith("record") else "-"
    except Exception as e:
        grad = words(e)
    print(kwargs, hybrid, mode, shape, dtype, "gamma.grad", grad)
    for line in lines:
        print("  ", line)


for kwargs in [{}, {"momentum": 0.5}, {"use_global_stats": True}, {"scale": False}, {"center": False},
               {"epsilon": 0.1}, {"axis": 2}, {"momentum": 0.0}]:
    for hybrid, mode in [(False, "record"), (True, "record"), (False, "record_predict"), (True, "train_mode"),
                         (False, "predict")]:
        run(kwargs, hybrid, mode)
for shape in ((5, 4), (2, 3, 4)):
    run({}, False, "record", shape=shape)
run({}, True, "record", dtype="float64")
try:
    run({}, False, "record", dtype="float16")
except Exception as e:
    print("float16", words(e))

for kwargs in [{}, {"in_channels": 3}, {"momentum": 0.5, "epsilon": 1e-3, "center": False}, {"axis": -1}]:
    bn = nn.BatchNorm(**kwargs)
    before = repr(bn)
    bn.initialize()
    bn(nd.ones((2, 3, 2)))
    print(before, "->", bn)
for x in (nd.ones((2,)), nd.ones((2, 3)), nd.ones((2, 4, 2))):
    bn = nn.BatchNorm(in_channels=4)
    bn.initialize()
    try:
        print(bn(x).shape)
    except Exception as e:
        print(words(e))
