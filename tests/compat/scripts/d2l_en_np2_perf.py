"""d2l-en (np era) computational performance chapter: hybridizing a sequential net and a HybridBlock under
np semantics, export and SymbolBlock.imports, asynchronous reads (wait_to_read, waitall, asnumpy), copies
between contexts, and the local KVStore's init/push/pull/pushpull with single and listed keys."""
import os
import tempfile

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(9)
onp.random.seed(9)


def r(a, n=4):
    return onp.round(a.asnumpy().astype("float64"), n).tolist()


def get_net():
    net = nn.HybridSequential()
    net.add(nn.Dense(16, activation="relu"), nn.Dense(8, activation="relu"), nn.Dense(2))
    net.initialize()
    return net


x = np.random.normal(size=(1, 12))
net = get_net()
y0 = net(x)
net.hybridize()
y1 = net(x)
print("hybrid", r(y0), r(y1), type(y1).__name__)
print(net)
d = tempfile.mkdtemp()
prefix = os.path.join(d, "my_mlp")
net.export(prefix)
print("files", sorted(os.listdir(d)))
imported = gluon.SymbolBlock.imports(prefix + "-symbol.json", ["data"], prefix + "-0000.params")
y2 = imported(x)
print("imported", type(y2).__name__, r(y2), sorted(imported.collect_params().keys())[:3])
legacy = mx.nd.array(x.asnumpy())
print("legacy into imported", type(imported(legacy)).__name__, r(imported(legacy)))
print("legacy into hybridized", type(net(legacy)).__name__, r(net(legacy)))
fresh = get_net()
fresh.hybridize()
try:
    fresh(legacy)
except TypeError:
    print("legacy before the graph exists: TypeError")
net.export(prefix, epoch=3)
print("files", sorted(os.listdir(d)))
loaded = mx.nd.load(prefix + "-0003.params")
print("params file", sorted(loaded.keys())[:2], type(list(loaded.values())[0]).__name__)
sym = mx.sym.load(prefix + "-symbol.json")
print("sym", sym.list_arguments()[:3], sym.list_outputs())


class HybridNet(nn.HybridBlock):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Dense(4)
        self.output = nn.Dense(2)

    def hybrid_forward(self, F, x):
        print("value  x: ", x if not isinstance(x, mx.nd.NDArray) else (type(x).__name__, x.shape))
        x = F.npx.relu(self.hidden(x))
        print("value  x: ", x if not isinstance(x, mx.nd.NDArray) else (type(x).__name__, x.shape))
        return self.output(x)


hnet = HybridNet()
hnet.initialize()
x = np.random.normal(size=(1, 3))
print("call 1", r(hnet(x)))
hnet.hybridize()
print("call 2", r(hnet(x)))
print("call 3", r(hnet(x)))

# the chapter's exercises: asnumpy, control flow and in-place writes on symbols, a Concurrent container


class Exercise(nn.HybridBlock):
    def __init__(self, mode, **kwargs):
        super().__init__(**kwargs)
        self.mode = mode
        self.hidden = nn.Dense(4)

    def hybrid_forward(self, F, x):
        if self.mode == "asnumpy":
            x.asnumpy()
        elif self.mode == "if":
            if x.sum() > 0:
                x = x * 2
        elif self.mode == "for":
            for _ in range(2):
                x = x + 1
        elif self.mode == "iadd":
            x += 1
        elif self.mode == "setitem":
            x[:] = x + 1
        return self.hidden(x)


for mode in ["asnumpy", "if", "for", "iadd", "setitem"]:
    ex = Exercise(mode)
    ex.initialize()
    ex.hybridize()
    try:
        print("exercise", mode, ex(np.ones((1, 3))).shape)
    except Exception as e:
        print("exercise", mode, type(e).__name__)
from mxnet.gluon.contrib.nn import HybridConcurrent, Identity

conc = HybridConcurrent(axis=1)
conc.add(nn.Dense(2), Identity())
conc.initialize()
conc.hybridize()
try:
    conc(np.ones((2, 4)))
except TypeError:
    print("HybridConcurrent under npx.set_np(): TypeError")

# training a hybridized net, timing-free
net = get_net()
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
X = np.random.normal(size=(8, 12))
y = np.arange(8) % 2
loss = gluon.loss.SoftmaxCrossEntropyLoss()
for i in range(3):
    with autograd.record():
        l = loss(net(X), y)
    l.backward()
    trainer.step(8)
    print("train", i, "%.5f" % l.mean().item())

# asynchronous computation
a = np.ones((64, 64))
b = np.dot(a, a)
b.wait_to_read()
c = b + 1
npx.waitall()
print("async", c[0, :3], c.sum().item(), float(c.mean()), c.asnumpy().dtype)
z = np.zeros((1, 4))
for _ in range(5):
    y = x = np.ones((1, 4))
    z = z + y
print("loop", z, z.item(0) if z.size else None)
print("ctx", mx.cpu(), npx.cpu(), npx.num_gpus(), mx.context.num_gpus(), npx.current_context())
x_cpu1 = np.ones((2, 3), ctx=mx.cpu(1))
x_cpu0 = x_cpu1.copyto(mx.cpu(0))
print("copy", x_cpu1.ctx, x_cpu0.ctx, x_cpu1.as_in_ctx(mx.cpu(1)) is x_cpu1, (x_cpu0 + 1).ctx)
parts = gluon.utils.split_and_load(np.arange(12).reshape(6, 2), [mx.cpu(0), mx.cpu(1)])
print("split", [(p.shape, str(p.ctx)) for p in parts])

# parameter-server style KVStore
kv = mx.kv.create("local")
print("kv", kv.type, kv.rank, kv.num_workers)
shape = (2, 3)
kv.init(3, np.ones(shape) * 2)
a = np.zeros(shape)
kv.pull(3, out=a)
print("pull", a, type(a).__name__)
kv.push(3, np.ones(shape) * 8)
kv.pull(3, out=a)
print("push", a)
kv.push(3, [np.ones(shape, ctx=mx.cpu(i)) for i in range(4)])
kv.pull(3, out=a)
print("agg", a)
b = [np.zeros(shape, ctx=mx.cpu(i)) for i in range(2)]
kv.pull(3, out=b)
print("pull many", b[1], b[1].ctx)


def update(key, inp, stored):
    print("update on key", key, type(inp).__name__, type(stored).__name__, inp.ctx, stored.ctx)
    stored += inp * 2


kv._set_updater(update)
kv.pull(3, out=a)
kv.push(3, np.ones(shape))
kv.pull(3, out=a)
print("updated", a)
keys = [5, 7, 9]
kv.init(keys, [np.ones(shape)] * len(keys))
kv.push(keys, [np.ones(shape)] * len(keys))
b = [np.zeros(shape)] * len(keys)
kv.pull(keys, out=b)
print("listed", b[1])
kv.push(keys, [[np.ones(shape)] * 2] * len(keys))
b = [[np.zeros(shape)] * 2] * len(keys)
kv.pull(keys, out=b)
print("listed many", b[1][1])
kv.push(3, [np.ones(shape, ctx=mx.cpu(i)) for i in range(2)])
kv3 = mx.kv.create("device")
kv3.init(0, np.zeros(shape))
kv3._set_updater(update)
kv3.push(0, [np.ones(shape, ctx=mx.cpu(i)) for i in (2, 1)])
kv2 = mx.kv.create("local")
kv2.init("w", np.zeros((2,)))
o = np.zeros((2,))
kv2.pushpull("w", np.array([1.0, 2.0]), out=o)
print("pushpull", o)
kv2.pushpull("w", [np.array([1.0, 2.0]), np.array([3.0, 4.0])], out=[o, np.zeros(2)])
print("pushpull list", o)
kv2.set_optimizer(mx.optimizer.SGD(learning_rate=0.1))
kv2.push("w", np.array([1.0, 1.0]))
kv2.pull("w", out=o)
print("optimizer", o, type(kv2.is_capable(mx.kv.KVStoreBase.OPTIMIZER)).__name__)
kv3 = mx.kv.create("device")
kv3.init(1, np.zeros((3,)))
kv3.pushpull(1, [np.ones(3), np.ones(3) * 2], out=[np.zeros(3)])
o3 = np.zeros(3)
kv3.pull(1, out=o3)
print("device kv", kv3.type, o3)
try:
    kv.init(3, np.ones(shape))
except Exception as e:
    print(type(e).__name__)
