"""Module.fit on NDArrayIter with each optimizer, BatchNorm and Dropout, several metrics, then a checkpoint
with optimizer states and a resumed fit (values to 5 digits: dense products sum in the CPU kernels' order;
a bias before BatchNorm, whose gradient is rounding noise, is left out)."""
import os
import tempfile

import numpy as np
import mxnet as mx

TMP = tempfile.mkdtemp()
rs = np.random.RandomState(5)
x = rs.normal(size=(30, 6)).astype("float32")
y = rs.randint(0, 3, 30).astype("float32")


def network(kind):
    h = mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=8, no_bias=kind == "bn", name="fc1")
    if kind == "bn":
        h = mx.sym.BatchNorm(h, name="bn1")
    h = mx.sym.Activation(h, act_type="relu", name="relu1")
    if kind == "drop":
        h = mx.sym.Dropout(h, p=0.3, name="drop1")
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(h, num_hidden=3, name="fc2"), name="softmax")


def show(values):
    return " ".join("%s=%.5g" % (k, v) for k, v in values)


def summed(params):
    return " ".join("%s:%.4f" % (k, round(params[k].asnumpy().astype(np.float64).sum(), 4) or 0.0) for k in sorted(params))


for opt, params in [("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 1e-3}), ("nag", {"learning_rate": 0.05}),
                    ("adam", {"learning_rate": 0.01}), ("rmsprop", {"learning_rate": 0.01, "centered": True}),
                    ("adagrad", {"learning_rate": 0.1}), ("adadelta", {}), ("ftrl", {"learning_rate": 0.1}),
                    ("signum", {"learning_rate": 0.01}), ("lamb", {"learning_rate": 0.01})]:
    for kind in ("mlp", "bn", "drop"):
        mx.random.seed(3)
        np.random.seed(3)
        train = mx.io.NDArrayIter(x, y, batch_size=7, shuffle=True, last_batch_handle="roll_over")
        mod = mx.mod.Module(network(kind))
        log = []
        mod.fit(train, num_epoch=2, optimizer=opt, optimizer_params=params, initializer=mx.init.Xavier(),
                eval_metric=["acc", "ce"], kvstore="local",
                epoch_end_callback=lambda epoch, *_: log.append(epoch))
        val = mx.io.NDArrayIter(x, y, batch_size=10)
        print(opt, kind, log, show(mod.score(val, ["acc", "ce"])))
        prefix = os.path.join(TMP, "m")
        mod.save_checkpoint(prefix, 2, save_optimizer_states=True)
        resumed = mx.mod.Module.load(prefix, 2, load_optimizer_states=True)
        train.reset()
        mod.fit(train, num_epoch=3, begin_epoch=2, optimizer=opt, optimizer_params=params)
        train.reset()
        resumed.fit(train, num_epoch=3, begin_epoch=2, optimizer=opt, optimizer_params=params)
        a, b = mod.get_params()[0], resumed.get_params()[0]
        print("  ", summed(a), "| resumed the same" if summed(a) == summed(b) else "| resumed " + summed(b))
