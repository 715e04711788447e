"""After an inference call, a 1-D/3-D (transposed) convolution's weight held in oneDNN's blocked layout refuses a whole copy (set_data, load_parameters, w[:] = array) when the copy runs, keeping its values; a number written whole or re-initialisation frees it."""
# recorded on AVX2
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def shown(e):
    return type(e).__name__ + ": " + " | ".join(line.strip() for line in str(e).splitlines() if line.strip())


def attempt(label, call):
    try:
        call()
        nd.waitall()
        print(label, "ok")
    except mx.MXNetError as e:
        print(label, "->", shown(e))


def used(layer, shape, mode="inference", hybridize=False):
    layer.initialize(mx.init.One())
    if hybridize:
        layer.hybridize()
    x = nd.ones(shape)
    if mode == "inference":
        layer(x)
    elif mode == "recorded":
        with autograd.record():
            layer(x)
    elif mode == "recorded for prediction":
        with autograd.record(train_mode=False):
            layer(x)
    nd.waitall()
    return layer


# which layers: rank, filters and channels per group, padding wider than the kernel, mode
for make, shape, mode in [(lambda: nn.Conv1D(8, 3, in_channels=2), (1, 2, 5), "inference"),
                          (lambda: nn.Conv1D(8, 3, in_channels=2), (1, 2, 5), "recorded"),
                          (lambda: nn.Conv1D(8, 3, in_channels=2), (1, 2, 5), "recorded for prediction"),
                          (lambda: nn.Conv1D(8, 3, in_channels=2), (1, 2, 5), "never called"),
                          (lambda: nn.Conv1D(12, 3, in_channels=2), (1, 2, 5), "inference"),
                          (lambda: nn.Conv1D(24, 1, in_channels=3, padding=1), (1, 3, 5), "inference"),
                          (lambda: nn.Conv1D(32, 3, in_channels=16, padding=1), (1, 16, 9), "inference"),
                          (lambda: nn.Conv1D(16, 1, in_channels=2, groups=2), (1, 2, 5), "inference"),
                          (lambda: nn.Conv1D(16, 1, in_channels=8, groups=2), (1, 8, 5), "inference"),
                          (lambda: nn.Conv1D(8, 1, in_channels=8, groups=8), (1, 8, 5), "inference"),
                          (lambda: nn.Conv2D(8, 3, in_channels=2), (1, 2, 5, 5), "inference"),
                          (lambda: nn.Conv3D(8, 1, in_channels=1), (1, 1, 3, 3, 3), "inference"),
                          (lambda: nn.Conv1DTranspose(8, 1, in_channels=8), (1, 8, 3), "inference"),
                          (lambda: nn.Conv1DTranspose(8, 1, in_channels=4), (1, 4, 3), "inference"),
                          (lambda: nn.Conv3DTranspose(16, 1, in_channels=16, groups=2), (1, 16, 2, 2, 2), "inference")]:
    layer = used(make(), shape, mode)
    w = layer.weight
    attempt(f"{layer.__class__.__name__} {w.shape} {mode}: set_data",
            lambda: w.set_data(nd.zeros(w.shape)))
    print("   weight sum", w.data().asnumpy().sum())

# the copy fails when it runs: the call returns, the first read of the weight (or of a result computed from it)
# raises, later reads see the old values
w = used(nn.Conv1D(8, 1, in_channels=2), (1, 2, 4)).weight
w.set_data(nd.zeros((8, 2, 1)))
print("set_data returned")
attempt("read the weight", lambda: w.data().asnumpy())
attempt("read it again", lambda: print("   weight sum", w.data().asnumpy().sum()))
layer = used(nn.Conv1D(8, 1, in_channels=2), (1, 2, 4))
layer.weight.set_data(nd.zeros((8, 2, 1)))
layer.weight.set_data(nd.zeros((8, 2, 1)))
attempt("two copies, one error: a result computed from it", lambda: layer(nd.ones((1, 2, 4))).asnumpy())
attempt("then waitall", nd.waitall)

# a hybridized layer too; the ways in and out of the layout
layer = used(nn.Conv1D(8, 1, in_channels=2), (1, 2, 4), hybridize=True)
attempt("hybridized set_data", lambda: layer.weight.set_data(nd.zeros((8, 2, 1))))
w = used(nn.Conv1D(8, 1, in_channels=2), (1, 2, 4)).weight
attempt("w[:] = NDArray", lambda: w.data().__setitem__(slice(None), nd.zeros((8, 2, 1))))
attempt("w[:] = numpy", lambda: w.data().__setitem__(slice(None), np.zeros((8, 2, 1))))
attempt("copyto", lambda: nd.zeros((8, 2, 1)).copyto(w.data()))
attempt("w[0] = NDArray", lambda: w.data().__setitem__(0, nd.zeros((2, 1))))
attempt("sgd_update into it", lambda: nd.sgd_update(w.data(), nd.ones((8, 2, 1)), lr=0.5, out=w.data()))
attempt("set_data after the update", lambda: w.set_data(nd.zeros((8, 2, 1))))
print("   weight sum", w.data().asnumpy().sum())
attempt("w[:] = number", lambda: w.data().__setitem__(slice(None), 3))
attempt("set_data after the number", lambda: w.set_data(nd.zeros((8, 2, 1))))
print("   weight sum", w.data().asnumpy().sum())

layer = used(nn.Conv1D(8, 1, in_channels=2), (1, 2, 4))
attempt("re-initialised, set_data",
        lambda: (layer.initialize(mx.init.Zero(), force_reinit=True), layer.weight.set_data(nd.ones((8, 2, 1)))))
layer = used(nn.Conv1D(8, 1, in_channels=2), (1, 2, 4))
attempt("cast, set_data", lambda: (layer.cast("float32"), layer.weight.set_data(nd.ones((8, 2, 1)))))

# the usual way to meet it: parameters loaded into a network that has already predicted
net = nn.HybridSequential()
net.add(nn.Conv1D(16, 3, in_channels=4), nn.GlobalMaxPool1D(), nn.Dense(2, in_units=16))
net.initialize(mx.init.Xavier())
net(nd.ones((2, 4, 10)))
path = os.path.join(tempfile.mkdtemp(), "net.params")
net.save_parameters(path)
attempt("load_parameters after predicting", lambda: net.load_parameters(path))
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
with autograd.record():
    loss = net(nd.ones((2, 4, 10))).sum()
loss.backward()
trainer.step(2)
print("trained after predicting", net[0].weight.data().asnumpy().shape)
