"""Exported graphs of d2l-style NumPy-mode blocks: node ops, names and attributes as MXNet writes them (LayerNorm,
Flatten, ELU, Swish, repeat, sequence_mask, softmax), F.np functions given plain numbers inside hybrid_forward,
and the exported files loading back."""
import json
import math
import os
import sys
import tempfile

import numpy as onp

import mxnet as mx
from mxnet import gluon, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(1)
onp.random.seed(1)


class Attn(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.q = nn.Dense(4, flatten=False, use_bias=False)
        self.ln = nn.LayerNorm()
        self.drop = nn.Dropout(0.1)
        self.emb = nn.Embedding(10, 4)

    def hybrid_forward(self, F, queries, keys, values, valid_lens):
        q = self.q(queries)
        scores = F.npx.batch_dot(q, keys, transpose_b=True) / F.np.sqrt(4)
        vl = F.np.repeat(valid_lens, 2)
        masked = F.npx.sequence_mask(scores.reshape(-1, 3), vl, True, value=-1e6, axis=1)
        w = F.npx.softmax(masked, temperature=0.5).reshape(2, 2, 3)
        out = F.npx.batch_dot(self.drop(w), values)
        e = self.emb(F.np.argmax(out, axis=-1))
        return self.ln(out + queries) * math.exp(-1e-3) + e, F.npx.log_softmax(out, axis=1)


def show_graph(block, prefix):
    block.export(prefix)
    nodes = json.load(open(prefix + "-symbol.json"))["nodes"]
    for n in nodes:
        if n["op"] != "null":
            print(" ", n["op"], n["name"], sorted((n.get("attrs") or {}).items()))


d = tempfile.mkdtemp()
a = Attn()
a.initialize()
a.hybridize()
qs, ks, vs = np.random.normal(size=(2, 2, 4)), np.random.normal(size=(2, 3, 4)), np.random.normal(size=(2, 3, 4))
vl = np.array([1, 3])
outs = a(qs, ks, vs, vl)
print("attn", [o.shape for o in outs])
show_graph(a, os.path.join(d, "attn"))
back = gluon.SymbolBlock.imports(os.path.join(d, "attn-symbol.json"), ["data0", "data1", "data2", "data3"],
                                 os.path.join(d, "attn-0000.params"))
print("loaded back", [bool(np.abs(x - y).max() < 1e-6) for x, y in zip(back(qs, ks, vs, vl), outs)])

net = nn.HybridSequential()
net.add(nn.Conv2D(2, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"), nn.MaxPool2D(), nn.Flatten(),
        nn.Dense(4), nn.LeakyReLU(0.1), nn.Dropout(0.2), nn.LayerNorm(), nn.PReLU(), nn.ELU(), nn.SELU(),
        nn.Swish(), nn.GELU(), nn.Dense(3, activation="sigmoid"), nn.HybridLambda(lambda F, x: F.np.tanh(x)))
net.initialize()
net.hybridize()
print("net", net(np.ones((1, 1, 4, 4))).shape)
show_graph(net, os.path.join(d, "net"))

S = mx.sym.np
for label, value in [("exp", S.exp(2.0)), ("sqrt int", S.sqrt(4)), ("negative int", S.negative(3)),
                     ("add", S.add(2, 3)), ("true_divide", S.true_divide(3, 2)), ("maximum", S.maximum(2, 3.5)),
                     ("isnan", S.isnan(1.0)), ("hypot", S.hypot(3.0, 4.0)), ("around", S.around(2.5)),
                     ("exp float32", S.exp(onp.float32(1.0)))]:
    print("sym.np of numbers", label, type(value).__name__, value)
try:
    S.exp(None)
except TypeError as e:
    print("sym.np.exp(None)", type(e).__name__)
