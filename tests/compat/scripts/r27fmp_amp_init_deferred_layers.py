"""After amp.init(), Gluon layers of deferred shape initialise through the casts amp puts on their inputs (a cast's
output has its input's shape both ways): the parameters' shapes, dtypes and the outputs' dtypes (float16 dense and
convolution fail on the CPU when read), for plain, cast and hybridized nets, and a symbol's shape inference."""
# recorded on AVX2
import logging
import warnings

import numpy as np
import mxnet as mx
from mxnet import autograd, nd, sym
from mxnet.gluon import nn
from mxnet.contrib import amp
from _words import words

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)
amp.init()
d, w = sym.var("data"), sym.var("w")
for cast in ["float16", "float32"]:
    s = sym.FullyConnected(sym.amp_cast(d, dtype=cast), sym.amp_cast(w, dtype=cast), no_bias=True, num_hidden=3)
    print("FullyConnected over amp_cast", cast, s.infer_shape_partial(data=(2, 4)), s.infer_shape(data=(2, 4)))
multi = sym.amp_multicast(d, w, num_outputs=2)
print("amp_multicast", (multi[0] + multi[1]).infer_shape_partial(data=(2, 4)))
print("Cast", sym.Cast(w, dtype="float64").infer_shape_partial())


def layer(kind):
    return {"dense": lambda: nn.Dense(3), "dense_relu": lambda: nn.Dense(3, activation="relu", flatten=False),
            "conv": lambda: nn.Conv2D(2, 3, padding=1), "bn": nn.BatchNorm, "ln": nn.LayerNorm,
            "act": lambda: nn.Activation("sigmoid"), "pool": nn.MaxPool2D, "flat": nn.Flatten,
            "prelu": nn.PReLU, "emb": lambda: nn.Embedding(10, 3)}[kind]()


progs = [(["conv", "bn", "act", "pool", "flat", "dense"], (2, 1, 4, 4)), (["dense", "bn", "prelu", "dense"], (3, 5)),
         (["dense_relu", "ln"], (2, 3, 4)), (["bn"], (4, 3)), (["ln", "dense"], (3, 4)), (["emb", "dense"], (2, 3))]
for kinds, shape in progs:
    for mode in ["plain", "cast16", "x16", "cast64"]:
        for hybrid in [False, True]:
            net = nn.HybridSequential(prefix="n_")
            with net.name_scope():
                for k in kinds:
                    net.add(layer(k))
            net.initialize(mx.init.Constant(0.1))
            if mode in ("cast16", "cast64"):
                net.cast("float16" if mode == "cast16" else "float64")
            if hybrid:
                net.hybridize()
            dtype = {"cast16": "float16", "x16": "float16", "cast64": "float64"}.get(mode, "float32")
            x = nd.array(np.abs(np.sin(np.arange(np.prod(shape)) * 0.37)).reshape(shape) * 3, dtype=dtype)
            label = f"{'+'.join(kinds)} {mode} hybrid={hybrid}:"
            try:
                with autograd.record():
                    y = net(x)
                print(label, y.dtype.__name__, y.shape,
                      [(k[2:], v.shape, np.dtype(v.dtype).name) for k, v in sorted(net.collect_params().items())])
                print("   ", np.round(y.asnumpy().astype("float64").ravel()[:4], 3))
            except Exception as e:
                print(label, words(e))
            try:
                nd.waitall()
            except Exception as e:
                print("   waitall:", words(e))
