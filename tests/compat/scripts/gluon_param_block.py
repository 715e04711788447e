# Parameters inside blocks: deferred init, save/load_parameters, sharing, grad_req add, ctx errors, repr.
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


net = nn.HybridSequential()
with net.name_scope():
    net.add(nn.Dense(4, activation="relu"), nn.BatchNorm(), nn.Dense(2))
print(net.collect_params())
mx.random.seed(1)
net.initialize()
print(net.collect_params())
attempt("weight before forward", lambda: net[0].weight.data())
attempt("grad before forward", lambda: net[0].weight.grad())
x = nd.random.uniform(shape=(3, 5))
y = net(x)
print(net.collect_params())
print(net[0].weight, net[0].weight.data().shape)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    net.initialize()
    print(len(ws), str(ws[0].message) if ws else None)
    net.collect_params().initialize()
    print(len(ws))
net.initialize(mx.init.One(), force_reinit=True)
print(net(x).asnumpy().tolist())

d = tempfile.mkdtemp()
f = os.path.join(d, "net.params")
net.save_parameters(f)
print(sorted(nd.load(f).keys()))
net2 = nn.HybridSequential()
with net2.name_scope():
    net2.add(nn.Dense(4, activation="relu"), nn.BatchNorm(), nn.Dense(2))
net2.load_parameters(f)
print(net2(x).asnumpy().tolist())
net3 = nn.HybridSequential()
with net3.name_scope():
    net3.add(nn.Dense(4, activation="relu"), nn.BatchNorm())
attempt("load extra", lambda: net3.load_parameters(f))
net3.load_parameters(f, ignore_extra=True)
print(net3[0].weight.data().asnumpy().sum())
net4 = nn.HybridSequential()
with net4.name_scope():
    net4.add(nn.Dense(4, activation="relu"), nn.BatchNorm(), nn.Dense(2), nn.Dense(1))
attempt("load missing", lambda: net4.load_parameters(f))
net4.load_parameters(f, allow_missing=True)
attempt("missing param data", lambda: net4[3].weight.data())
net5 = nn.HybridSequential()
with net5.name_scope():
    net5.add(nn.Dense(4, activation="relu"), nn.BatchNorm(), nn.Dense(2))
net5.load_parameters(f, cast_dtype=True, dtype_source="saved")
print(net5[0].weight.dtype)
net5.cast("float64")
print(net5[0].weight.dtype, net5[1].running_mean.dtype)
net5.load_parameters(f, cast_dtype=True, dtype_source="current")
print(net5[0].weight.dtype, net5[0].weight.data().dtype)
attempt("load wrong shapes", lambda: (lambda n: (n.add(nn.Dense(3, in_units=7)), n.load_parameters(f, ignore_extra=True, allow_missing=True)))(nn.HybridSequential()))

# sharing
a = nn.Dense(3, in_units=2)
b = nn.Dense(3, in_units=2, params=a.collect_params())
print(b.weight is a.weight, list(b.collect_params().keys()))
c = nn.Dense(3, in_units=2)
c.share_parameters(a.collect_params()) if hasattr(c, "share_parameters") else None
mx.random.seed(2)
a.initialize()
print(np.allclose(a(nd.ones((1, 2))).asnumpy(), b(nd.ones((1, 2))).asnumpy()))

# grad_req add and zero_grad
d1 = nn.Dense(1, in_units=2)
d1.initialize(mx.init.One())
d1.collect_params().setattr("grad_req", "add")
for _ in range(3):
    with autograd.record():
        out = d1(nd.array([[1.0, 2.0]]))
    out.backward()
print(d1.weight.grad().asnumpy().tolist(), d1.bias.grad().asnumpy().tolist())
d1.collect_params().zero_grad()
print(d1.weight.grad().asnumpy().tolist())
d1.weight.grad_req = "null"
attempt("weight grad null", lambda: d1.weight.grad())

# contexts
p = gluon.Parameter("w", shape=(2,))
p.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
print(p.list_ctx(), len(p.list_data()))
attempt("data on other ctx", lambda: p.data(mx.cpu(2)))
print(p.data(mx.cpu(1)).context)
attempt("data ambiguous", lambda: p.data())
p.set_data(nd.array([5.0, 6.0]))
print([x.asnumpy().tolist() for x in p.list_data()])
p.reset_ctx(mx.cpu(3))
print(p.list_ctx(), p.data().context)
print(net.collect_params().list_ctx() if hasattr(net.collect_params(), "list_ctx") else None)
