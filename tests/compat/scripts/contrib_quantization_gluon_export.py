"""A Gluon network exported and quantized with mx.contrib.quantization.quantize_model (the CPU path):
the graph with Gluon's names and parameter attributes, attr_dict order, parameters and outputs."""
import json
import os
import tempfile

import numpy as np

import mxnet as mx
from mxnet.contrib import quantization as q
from mxnet.gluon import nn


def show_graph(sym):
    nodes = json.loads(sym.tojson())["nodes"]
    for n in nodes:
        ins = ",".join("%s:%d" % (nodes[a]["name"], b) for a, b, _ in n["inputs"])
        print("  %s %s %s (%s)" % (n["op"], n["name"], sorted(n.get("attrs", {}).items()), ins))


mx.random.seed(0)
np.random.seed(0)
blocks = {
    "bn": lambda: [nn.Conv2D(4, 3), nn.BatchNorm(), nn.Activation("relu"), nn.AvgPool2D(), nn.Flatten(),
                   nn.Dense(5, activation="relu"), nn.Dropout(0.5), nn.Dense(3)],
    "plain": lambda: [nn.Conv2D(4, 3, activation="relu"), nn.MaxPool2D(), nn.Flatten(),
                      nn.Dense(5, activation="relu"), nn.Dense(3)],
}
X = mx.nd.array(np.random.uniform(0, 1, (4, 1, 6, 6)))
workdir = tempfile.TemporaryDirectory()
folder = workdir.name
for name, layers in sorted(blocks.items()):
    net = nn.HybridSequential(prefix=name + "_")
    with net.name_scope():
        net.add(*layers())
    net.initialize(mx.init.Uniform(1.0))
    net.hybridize()
    net(X)
    net.export(os.path.join(folder, name))
    sym, args, aux = mx.model.load_checkpoint(os.path.join(folder, name), 0)
    for mode, excluded in (("smart", None), ("full", [name + "_dense1_fwd"])):
        print("==", name, mode, excluded)
        it = mx.io.NDArrayIter(X.asnumpy(), batch_size=2)
        qsym, qarg, qaux = q.quantize_model(sym, args, aux, calib_mode="naive", calib_data=it, label_names=None,
                                            quantized_dtype="auto", quantize_mode=mode,
                                            excluded_sym_names=excluded)
        show_graph(qsym)
        print("  attr_dict", list(qsym.attr_dict().items())[:6])
        print("  aux", qaux is aux, sorted(qaux))
        for k in sorted(qarg):
            print("  %s %s %s" % (k, qarg[k].dtype, np.round(qarg[k].asnumpy().ravel()[:4], 6).tolist()))
        if name == "plain":
            ex = qsym.bind(mx.cpu(), dict(qarg, data=X[:2]), aux_states=qaux)
            print("  output", ex.forward()[0].asnumpy().round(5).tolist())
workdir.cleanup()
