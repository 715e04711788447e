"""d2l-style NumPy-mode Gluon: hybridize a network of layers and custom blocks calling np/npx, train, export,
import back."""
import json
import os
import tempfile

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(7)


def show(label, arr):
    print(label, type(arr).__name__, arr.dtype, arr.shape, onp.round(arr.asnumpy().astype("float64"), 4).tolist())


class HybridNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = nn.Dense(4)
        self.output = nn.Dense(2)

    def hybrid_forward(self, F, x):
        print("F:", F.__name__.split(".")[-1])
        print("x:", x if not isinstance(x, mx.nd.NDArray) else type(x).__name__)
        x = F.npx.relu(self.hidden(x))
        print("hidden:", x if not isinstance(x, mx.nd.NDArray) else type(x).__name__)
        return self.output(x)


net = HybridNet()
net.initialize()
x = np.random.normal(size=(1, 3))
show("imperative", net(x))
net.hybridize()
show("hybrid", net(x))
show("hybrid again", net(x))


class AddNorm(nn.HybridBlock):
    """A residual connection and a normalisation, as d2l writes them, plus np functions and methods."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.dense = nn.Dense(units, flatten=False)
        self.norm = nn.LayerNorm()

    def hybrid_forward(self, F, X):
        Y = self.norm(self.dense(X) + X)
        Z = F.np.exp(Y - F.np.max(Y, axis=-1, keepdims=True))
        Z = Z / F.np.sum(Z, axis=-1, keepdims=True)
        return F.np.concatenate([Z[:, :, :2], F.np.tanh(Y).T.transpose(2, 1, 0)[:, :, 2:]], axis=-1) * 2 - 1


class Head(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.out = nn.Dense(3)

    def hybrid_forward(self, F, X):
        X = X.reshape(-1, 4 * 4)
        return self.out(X) + F.np.mean(X, axis=1, keepdims=True) ** 2


model = nn.HybridSequential()
model.add(nn.Dense(16, activation="relu"), nn.BatchNorm(), nn.Dropout(0.2))
model.add(nn.Dense(16))
model.initialize(init.Xavier())
body = nn.HybridSequential()
body.add(model)


class Net(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.body = body
        self.addnorm = AddNorm(4)
        self.head = Head()

    def hybrid_forward(self, F, X):
        return self.head(self.addnorm(self.body(X).reshape(-1, 4, 4)))


full = Net()
full.initialize(init.Xavier())
X = np.random.uniform(size=(6, 10))
y = np.array([0, 1, 2, 1, 0, 2])
imperative = full(X)
full.hybridize()
hybrid = full(X)
print("imperative == hybrid:", bool(np.abs(imperative - hybrid).max() < 1e-5))
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(full.collect_params(), "sgd", {"learning_rate": 0.1})
for epoch in range(3):
    with autograd.record():
        l = loss(full(X), y)
    l.backward()
    trainer.step(X.shape[0])
    show(f"epoch {epoch} loss", l)
show("dense grad", full.body[0][0].weight.grad()[:2, :3])
show("layernorm grad", full.addnorm.norm.gamma.grad())

with tempfile.TemporaryDirectory() as d:
    full.export(os.path.join(d, "net"), epoch=3)
    graph = json.load(open(os.path.join(d, "net-symbol.json")))
    print("ops:", [n["op"] for n in graph["nodes"] if n["op"] != "null"])
    print("names:", [n["name"] for n in graph["nodes"] if n["op"] != "null"][-8:])
    print("shapes:", [(n["name"], n.get("attrs", {}).get("__shape__")) for n in graph["nodes"] if n["op"] == "null"][:4])
    print("graph attrs:", graph["attrs"])
    imported = gluon.SymbolBlock.imports(os.path.join(d, "net-symbol.json"), ["data"],
                                         os.path.join(d, "net-0003.params"))
    again = imported(X)
    print("imported:", type(again).__name__, bool(np.abs(again - full(X)).max() < 1e-5))
    with autograd.record():
        l2 = loss(imported(X), y)
    l2.backward()
    show("imported loss", l2)
    print("imported params:", sorted(imported.collect_params().keys())[:4])
