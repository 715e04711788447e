"""What monitor callbacks are handed: an executor's callback and a block's op hook get each array as a handle
(an int) to read back with NDArray(ctypes.cast(handle, NDArrayHandle)); a callback using it as an array fails
(reported, ignored: nothing recorded); a Monitor's stat_func gets a read-only NDArray."""
# recorded on AVX2
import ctypes

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.base import NDArrayHandle, py_str


def read(handle):
    return mx.nd.NDArray(ctypes.cast(handle, NDArrayHandle), writable=False)


def summary(array):
    """Read once, while the pass runs: the wrapper MXNet makes of a handle frees it when it goes."""
    return array.shape, round(float(array.asnumpy().sum()), 4)


S = mx.sym
s = S.Activation(S.FullyConnected(S.var("data"), num_hidden=2, name="fc"), act_type="relu", name="r")
for monitor_all in [False, True]:
    ex = s.simple_bind(mx.cpu(), data=(2, 3))
    for a in ex.arg_arrays:
        a[:] = 1
    kept, direct = [], []
    ex.set_monitor_callback(lambda name, handle: kept.append((name, type(handle).__name__, handle)), monitor_all)
    ex.forward(is_train=True)
    ex.backward([nd.ones((2, 2))])
    print("executor, monitor_all", monitor_all)
    for name, kind, handle in kept:
        array = read(handle)
        print("  ", type(name).__name__, py_str(name), kind, array.shape, array.writable, array.asnumpy().sum())
    ex.set_monitor_callback(lambda name, array: direct.append((name, array.shape)), monitor_all)
    ex.forward()
    print("  used as an array:", direct)

stats = []


def stat(x):
    stats.append((type(x).__name__, x.writable, x.shape))
    return x.sum()


mod = mx.mod.Module(S.SoftmaxOutput(s, name="sm"), label_names=["sm_label"])
mod.bind([("data", (2, 3))], [("sm_label", (2,))])
mod.init_params(mx.init.One())
mon = mx.mon.Monitor(1, stat, pattern="fc.*|r.*", sort=True)
mod.install_monitor(mon)
mon.tic()
mod.forward(mx.io.DataBatch([nd.ones((2, 3))], [nd.zeros(2)]), is_train=False)
print("monitor", [(n, v) for _, n, v in mon.toc()])
print("stat_func got", stats)

for kind in ["dense", "conv"]:
    if kind == "dense":
        net, x = gluon.nn.Dense(2, in_units=3, activation="relu"), nd.array(np.arange(6).reshape(2, 3) / 6)
    else:
        net = gluon.nn.HybridSequential()
        net.add(gluon.nn.Conv2D(2, 3, in_channels=1), gluon.nn.MaxPool2D(), gluon.nn.Flatten())
        x = nd.array(np.arange(50).reshape(2, 1, 5, 5) / 50)
    net.initialize(mx.init.One())
    net.hybridize()
    for monitor_all in [False, True]:
        kept, direct = [], []
        net.register_op_hook(lambda name, op, handle: kept.append(
            (py_str(name), py_str(op), type(handle).__name__, summary(read(handle)))), monitor_all)
        net(x)
        print("hook", kind, monitor_all)
        for row in kept:
            print("  ", *row)
        net.register_op_hook(lambda name, op, array: direct.append(array.shape), monitor_all)
        net(x)
        print("  used as an array:", direct)
