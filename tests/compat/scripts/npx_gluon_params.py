"""Gluon Parameters under NumPy semantics: -1 for unknown sizes, mx.np data and gradients, npx-format files."""
import hashlib

import mxnet as mx
from mxnet import gluon, np, npx
from mxnet.gluon import nn

p = gluon.Parameter("w", shape=(8, 0))
print(p.shape)
npx.set_np()
print(p.shape, p)
p.shape = (8, 4)
print(p.shape)
q = gluon.Parameter("q", shape=(2, 3))
q.initialize()
print(type(q.data()).__name__, type(q.grad()).__name__, q.data().dtype)
npx.reset_np()
print(type(q.data()).__name__, mx.util.is_np_array())
npx.set_np()
net = nn.Dense(3, in_units=2)
net.initialize(mx.init.Constant(0.5))
net.save_parameters("npx_gluon_params.params")
print(hashlib.md5(open("npx_gluon_params.params", "rb").read()).hexdigest())
print(nn.Dense(4).weight.shape, nn.Dense(4))
print(nn.BatchNorm())
try:
    net.collect_params().save("npx_gluon_params2.params")
except TypeError:
    print("TypeError")
seq = nn.HybridSequential()
seq.add(nn.Conv2D(2, 3), nn.BatchNorm(), nn.Activation("relu"), nn.MaxPool2D(), nn.Flatten(), nn.Dense(2))
mx.random.seed(5)
seq.initialize()
out = seq(np.ones((1, 1, 6, 6)))
print(type(out).__name__, out.shape, [round(float(v), 5) for v in out.asnumpy().ravel()])
seq.hybridize()
out = seq(np.ones((1, 1, 6, 6)))
print(type(out).__name__, out.shape, [round(float(v), 5) for v in out.asnumpy().ravel()])
seq.save_parameters("npx_gluon_params3.params")
seq2 = nn.HybridSequential()
seq2.add(nn.Conv2D(2, 3), nn.BatchNorm(), nn.Activation("relu"), nn.MaxPool2D(), nn.Flatten(), nn.Dense(2))
seq2.load_parameters("npx_gluon_params3.params")
print(type(seq2[0].weight.data()).__name__, type(seq2(np.ones((1, 1, 6, 6)))).__name__)
import os
for f in ("npx_gluon_params.params", "npx_gluon_params3.params"):
    os.remove(f)
