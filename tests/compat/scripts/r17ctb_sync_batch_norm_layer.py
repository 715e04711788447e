"""contrib.nn.SyncBatchNorm on one device: its operator attributes, repr, parameters, values and running
statistics, and its refusals (no channel axis, mixed types, an axis argument)."""
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon.contrib import nn as cnn
from _words import words

x = nd.array(np.sin(np.arange(24) * 0.7).reshape(2, 3, 2, 2))


def show(a):
    return " ".join("%.5f" % v for v in a.asnumpy().ravel())


for kwargs in ({}, {"in_channels": 3}, {"momentum": 0.5, "epsilon": 1e-3}, {"center": False}, {"scale": False},
               {"use_global_stats": True}, {"prefix": "sbn_"},
               {"beta_initializer": "ones", "gamma_initializer": "zeros", "running_mean_initializer": "ones"}):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layer = cnn.SyncBatchNorm(**kwargs)
    print(kwargs, [str(w.message) for w in caught])
    print("  ", {k: v for k, v in layer._kwargs.items() if k != "key"}, layer._kwargs["key"] == layer.prefix)
    layer.initialize()
    with autograd.record():
        y = layer(x)
    y.backward()
    print("  ", repr(layer).replace(layer.prefix, "P_"))
    print("  ", [(p.name.replace(layer.prefix, "P_"), p.shape, p.grad_req) for p in layer.collect_params().values()])
    print("   out", show(y[0, :, 0]))
    print("   running", show(layer.running_mean.data()), show(layer.running_var.data()))
    print("   gamma grad", show(layer.gamma.grad()) if layer.gamma.grad_req != "null" else None)
    print("   predict", show(layer(x)[1, :, 1]))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def forward(shape, dtype="float32", cast=None):
    layer = cnn.SyncBatchNorm(num_devices=1)
    layer.initialize()
    if cast:
        layer.cast(cast)
    with autograd.record():
        return layer(nd.ones(shape, dtype=dtype)).shape


attempt("1-d data", lambda: forward((4,)))
attempt("2-d data", lambda: forward((4, 2)))
attempt("float64 data, float32 parameters", lambda: forward((2, 2, 2), "float64"))
attempt("float64 data and parameters", lambda: forward((2, 2, 2), "float64", "float64"))
g = nd.ones((2,))
attempt("nd.contrib mixed types", lambda: nd.contrib.SyncBatchNorm(nd.ones((2, 2), dtype="float64"), g, g, g, g, key="k"))
attempt("nd.contrib 1-d", lambda: nd.contrib.SyncBatchNorm(nd.ones((4,)), g, g, g, g, key="k"))
sym = mx.sym.contrib.SyncBatchNorm(mx.sym.var("x"), name="fwd", ndev=1, key="k")
attempt("symbol 2-d shapes", lambda: sym.infer_shape(x=(2, 3)))
attempt("symbol 1-d shapes", lambda: sym.infer_shape(x=(4,)))
