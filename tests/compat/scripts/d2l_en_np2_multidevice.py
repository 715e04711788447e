"""d2l-en (np era): sequence models (lagged features, multistep prediction writing 1x1 outputs into a vector),
the blocked matrix products of the minibatch chapter, and multi-device training over cpu(0)/cpu(1): LeNet from
npx.convolution/pooling with per-device parameter copies and allreduce, then a Gluon net initialized on a list
of contexts."""
import math

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(21)
onp.random.seed(21)


def r(a, n=4):
    return onp.round(a.asnumpy().astype("float64"), n).tolist()


# sequence models
T, tau = 60, 4
time = np.arange(1, T + 1, dtype=np.float32)
x = np.sin(0.01 * time) + np.random.normal(0, 0.2, (T,))
print("time", time.dtype, time[:3], x.shape)
features = np.zeros((T - tau, tau))
for i in range(tau):
    features[:, i] = x[i: T - tau + i]
labels = x[tau:].reshape((-1, 1))
print("features", features.shape, r(features[0]), labels.shape)
net = nn.Sequential()
net.add(nn.Dense(10, activation="relu"), nn.Dense(1))
net.initialize(init.Xavier())
loss = gluon.loss.L2Loss()
trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 0.01})
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(features[:40], labels[:40]), 8, shuffle=True)
for epoch in range(2):
    tot, n = 0.0, 0
    for X, y in loader:
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(8)
        tot += float(l.sum())
        n += l.size
    print(f"epoch {epoch + 1}, loss: {tot / n:f}")
onestep = net(features)
multistep = np.zeros(T)
multistep[: 40 + tau] = x[: 40 + tau]
for i in range(40 + tau, T):
    multistep[i] = net(multistep[i - tau:i].reshape((1, -1)))
print("multistep", r(multistep[-3:]), onestep.shape)
print("fmt", f"{float(multistep[-1]):.3f}", "%.2f" % multistep[-1])

# blocked matrix products
B = np.random.normal(0, 1, (8, 8))
C = np.random.normal(0, 1, (8, 8))
A = np.zeros((8, 8))
for i in range(8):
    for j in range(8):
        A[i, j] = np.dot(B[i, :], C[:, j])
A2 = np.zeros((8, 8))
for j in range(8):
    A2[:, j] = np.dot(B, C[:, j])
A3 = np.zeros((8, 8))
for j in range(2):
    A3[:, 4 * j:4 * j + 4] = np.dot(B, C[:, 4 * j:4 * j + 4])
print("blocks", bool(np.abs(A - A2).max() < 1e-5), bool(np.abs(A3 - np.dot(B, C)).max() < 1e-5), r(A[0, :3], 3))

# multi-device LeNet from scratch
devices = [mx.cpu(0), mx.cpu(1)]
scale = 0.01
params = [np.random.normal(scale=scale, size=(4, 1, 3, 3)), np.zeros(4),
          np.random.normal(scale=scale, size=(6, 4, 5, 5)), np.zeros(6),
          np.random.normal(scale=scale, size=(6, 8)), np.zeros(8),
          np.random.normal(scale=scale, size=(8, 10)), np.zeros(10)]


def lenet(X, params):
    h1 = npx.pooling(data=npx.relu(npx.convolution(data=X, weight=params[0], bias=params[1], kernel=(3, 3),
                                                   num_filter=4)), pool_type="avg", kernel=(2, 2), stride=(2, 2))
    h2 = npx.pooling(data=npx.relu(npx.convolution(data=h1, weight=params[2], bias=params[3], kernel=(5, 5),
                                                   num_filter=6)), pool_type="avg", kernel=(2, 2), stride=(2, 2))
    h2 = h2.reshape(h2.shape[0], -1)
    h3 = npx.relu(np.dot(h2, params[4]) + params[5])
    return np.dot(h3, params[6]) + params[7]


loss = gluon.loss.SoftmaxCrossEntropyLoss()


def get_params(params, device):
    new_params = [p.copyto(device) for p in params]
    for p in new_params:
        p.attach_grad()
    return new_params


new_params = get_params(params, devices[1])
print("b1 weight:", new_params[1], new_params[1].ctx)
print("b1 grad:", new_params[1].grad, new_params[1].grad.ctx)


def allreduce(data):
    for i in range(1, len(data)):
        data[0][:] += data[i].copyto(data[0].ctx)
    for i in range(1, len(data)):
        data[0].copyto(data[i])


data = [np.ones((1, 2), ctx=devices[i]) * (i + 1) for i in range(2)]
print("before allreduce:\n", data[0], "\n", data[1])
allreduce(data)
print("after allreduce:\n", data[0], "\n", data[1], data[1].ctx)
data = np.arange(20).reshape(4, 5)
split = gluon.utils.split_and_load(data, devices)
print("input :", data)
print("load into", devices)
print("output:", split)
X = np.random.uniform(size=(4, 1, 16, 16))
y = np.array([1, 3, 5, 7])
device_params = [get_params(params, d) for d in devices]
for step in range(2):
    X_shards, y_shards = gluon.utils.split_and_load(X, devices), gluon.utils.split_and_load(y, devices)
    with autograd.record():
        ls = [loss(lenet(X_shard, dp), y_shard) for X_shard, y_shard, dp in zip(X_shards, y_shards, device_params)]
    for l in ls:
        l.backward()
    for i in range(len(device_params[0])):
        allreduce([device_params[c][i].grad for c in range(len(devices))])
    for param in device_params:
        for p in param:
            p[:] = p - 0.2 * p.grad / X.shape[0]
    print("step", step, ["%.6f" % float(l.sum()) for l in ls], [str(l.ctx) for l in ls])
print("synced", bool((device_params[0][6] == device_params[1][6].copyto(mx.cpu(0))).all()))

# Gluon net on a list of contexts
net = nn.Sequential()
net.add(nn.Conv2D(4, kernel_size=3, padding=1), nn.BatchNorm(), nn.Activation("relu"), nn.GlobalAvgPool2D(),
        nn.Dense(10))
net.initialize(init=init.Normal(sigma=0.01), ctx=devices)
x = np.random.uniform(size=(4, 1, 8, 8))
x_shards = gluon.utils.split_and_load(x, devices)
outs = [net(s) for s in x_shards]
print("shards", [(o.shape, str(o.ctx)) for o in outs])
weight = net[0].params.get("weight")
try:
    weight.data()
except RuntimeError as e:
    print("not initialized on cpu:", type(e).__name__)
print("list_ctx", weight.list_ctx(), list(net.collect_params().values())[0].list_ctx()[0])
print("w0 same", bool((weight.data(devices[0]) == weight.data(devices[1]).as_in_ctx(devices[0])).all()),
      weight.data(devices[1]).ctx, len(weight.list_data()), len(weight.list_grad()))
net.initialize(init=init.Normal(sigma=0.01), ctx=devices, force_reinit=True)
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
y = np.array([0, 1, 2, 3])
for step in range(2):
    X_shards, y_shards = gluon.utils.split_and_load(x, devices), gluon.utils.split_and_load(y, devices)
    with autograd.record():
        ls = [loss(net(X_), y_) for X_, y_ in zip(X_shards, y_shards)]
    for l in ls:
        l.backward()
    trainer.step(4)
    print("gluon step", step, ["%.5f" % l.mean().item() for l in ls])
npx.waitall()
acc = (net(x).argmax(axis=1).astype(y.dtype) == y)
print("acc", acc.dtype, float(acc.astype(y.dtype).sum()), acc.astype(y.dtype).sum().dtype)
print("running", r(net[1].running_mean.data(devices[0])), r(net[1].running_mean.data(devices[1])))
