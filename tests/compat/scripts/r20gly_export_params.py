"""Layers as objects: the nodes and attributes export() writes, summary() tables, collect_params() order and
ParameterDict reprs, parameters shared through params=, and load_parameters of mismatched layers (its errors,
allow_missing, ignore_extra, cast_dtype)."""
import json
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from mxnet.gluon.contrib import nn as cnn
from _words import words

TMP = tempfile.mkdtemp()


def concurrent():
    net = cnn.HybridConcurrent(axis=1, prefix="cc_")
    with net.name_scope():
        net.add(nn.Dense(2), cnn.Identity(), nn.Dense(1, use_bias=False))
    return net


def stack():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(2, 3, in_channels=1), nn.BatchNorm(), nn.Dropout(0.5), nn.Flatten(),
            nn.Dense(3, activation="relu"), nn.Dense(2, use_bias=False))
    return net


LAYERS = [
    ("Conv2D groups dilated tanh", lambda: nn.Conv2D(4, 3, padding=(1, 2), groups=2, dilation=(1, 2),
                                                     activation="tanh"), (1, 2, 5, 5)),
    ("Conv2DTranspose", lambda: nn.Conv2DTranspose(2, 3, strides=2, output_padding=1), (1, 2, 3, 3)),
    ("AvgPool2D exclusive", lambda: nn.AvgPool2D(3, 2, 1, count_include_pad=False), (1, 1, 6, 6)),
    ("BatchNorm axis -1", lambda: nn.BatchNorm(axis=-1, momentum=0.8, center=False), (2, 3)),
    ("InstanceNorm", lambda: nn.InstanceNorm(scale=True), (2, 3, 4)),
    ("LayerNorm", lambda: nn.LayerNorm(axis=1, epsilon=1e-3), (2, 3, 4)),
    ("GroupNorm", lambda: nn.GroupNorm(2), (2, 4, 3)),
    ("Dropout axes", lambda: nn.Dropout(0.3, axes=(1,)), (2, 3)),
    ("Embedding sparse", lambda: nn.Embedding(6, 2, sparse_grad=True), (2, 3)),
    ("PReLU", lambda: nn.PReLU(in_channels=3), (2, 3)),
    ("ELU", lambda: nn.ELU(0.3), (2, 3)),
    ("Swish", lambda: nn.Swish(0.5), (2, 3)),
    ("PixelShuffle2D", lambda: cnn.PixelShuffle2D((2, 1)), (1, 4, 2, 2)),
    ("PixelShuffle3D", lambda: cnn.PixelShuffle3D(2), (1, 8, 1, 1, 1)),
    ("SyncBatchNorm", lambda: cnn.SyncBatchNorm(num_devices=1), (2, 3)),
    ("HybridConcurrent", concurrent, (2, 3)),
    ("HybridSequential", stack, (2, 1, 4, 4)),
]

for label, make, shape in LAYERS:
    mx.random.seed(3)
    with mx.name.NameManager():
        net = make()
    print("==", label)
    print(net.collect_params())
    net.initialize()
    x = nd.array(np.random.RandomState(2).uniform(0, 5, shape)).floor()
    net.summary(x)
    net.hybridize()
    net(x)
    path = os.path.join(TMP, "m")
    net.export(path)
    graph = json.load(open(path + "-symbol.json"))
    for node in graph["nodes"]:
        print("  ", node["op"], node["name"], sorted(node.get("attrs", {}).items()), node["inputs"])
    print("   heads", graph["heads"], "params", sorted(nd.load(path + "-0000.params")))
    print("  ", list(net.collect_params()), list(net.collect_params(".*weight|.*gamma")))

mx.random.seed(4)
with mx.name.NameManager():
    first = nn.Dense(3, in_units=4)
    second = nn.Dense(3, params=first.params)
    third = nn.Dense(3, params=first.collect_params(), prefix="other_")
first.initialize()
x = nd.array(np.arange(8).reshape(2, 4) / 8)
second.hybridize()
print(second.prefix, third.prefix, list(second.params), second.weight is first.weight,
      second(x).asnumpy().round(4).tolist(), third(x).asnumpy().round(4).tolist())
try:
    nn.Dense(5, params=first.params, in_units=4)
except Exception as e:
    print(words(e))

LOADS = [
    ("units differ", lambda: nn.Dense(3), lambda: nn.Dense(2), (2, 4), {}),
    ("in_units differ", lambda: nn.Dense(3), lambda: nn.Dense(3, in_units=5), (2, 4), {}),
    ("no bias saved, allow_missing", lambda: nn.Dense(3, use_bias=False), lambda: nn.Dense(3), (2, 4),
     {"allow_missing": True}),
    ("bias saved, ignore_extra", lambda: nn.Dense(3), lambda: nn.Dense(3, use_bias=False), (2, 4),
     {"ignore_extra": True}),
    ("float32 into float64", lambda: nn.Dense(3), lambda: nn.Dense(3, dtype="float64"), (2, 4), {}),
    ("float32 into float64 cast", lambda: nn.Dense(3), lambda: nn.Dense(3, dtype="float64"), (2, 4),
     {"cast_dtype": True}),
    ("float32 into float64 cast saved", lambda: nn.Dense(3), lambda: nn.Dense(3, dtype="float64"), (2, 4),
     {"cast_dtype": True, "dtype_source": "saved"}),
    ("BatchNorm 3 into 4 channels", lambda: nn.BatchNorm(), lambda: nn.BatchNorm(in_channels=4), (2, 3), {}),
    ("Conv2D into Conv2DTranspose", lambda: nn.Conv2D(2, 3, in_channels=2), lambda: nn.Conv2DTranspose(2, 3),
     (1, 2, 4, 4), {}),
    ("PReLU 1 into 3", lambda: nn.PReLU(), lambda: nn.PReLU(in_channels=3), (2, 3), {}),
]
for label, make_saved, make_loaded, shape, kwargs in LOADS:
    mx.random.seed(5)
    with mx.name.NameManager():
        saved = make_saved()
    saved.initialize()
    saved(nd.ones(shape))
    path = os.path.join(TMP, "p.params")
    saved.save_parameters(path)
    with mx.name.NameManager():
        loaded = make_loaded()
    try:
        loaded.load_parameters(path, **kwargs)
        print(label, [(k, p.shape, np.dtype(p.dtype).name, p.data().asnumpy().round(4).ravel()[:3].tolist())
                      for k, p in loaded.collect_params().items()])
    except Exception as e:
        print(label, words(e).replace(path, "PATH"))
