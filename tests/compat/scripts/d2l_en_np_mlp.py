"""d2l-en multilayer perceptrons (np era): activations and their gradients, MLP from scratch and concise,
dropout, weight decay, numerical stability, and a house-price style regression with numpy arrays."""
import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(5)
onp.random.seed(5)

x = np.arange(-2.0, 2.0, 0.5)
x.attach_grad()
with autograd.record():
    y = npx.relu(x)
y.backward()
print(y, x.grad)
with autograd.record():
    y = npx.sigmoid(x)
y.backward()
print(y, x.grad)
with autograd.record():
    y = np.tanh(x)
y.backward()
print(y, x.grad)
print(np.maximum(x, 0), npx.activation(x, act_type='softrelu'))
print(npx.leaky_relu(x, slope=0.1) if hasattr(npx, 'leaky_relu') else npx.leaky_relu(x))

rng = onp.random.RandomState(5)
feat = np.array(rng.uniform(0, 1, size=(40, 1, 4, 4)).astype('float32'))
lab = np.array(rng.randint(0, 3, size=(40,)).astype('int32'))
train_iter = gluon.data.DataLoader(gluon.data.ArrayDataset(feat, lab), 10, shuffle=False)

num_inputs, num_outputs, num_hiddens = 16, 3, 8
W1 = np.random.normal(scale=0.01, size=(num_inputs, num_hiddens))
b1 = np.zeros(num_hiddens)
W2 = np.random.normal(scale=0.01, size=(num_hiddens, num_outputs))
b2 = np.zeros(num_outputs)
params = [W1, b1, W2, b2]
for param in params:
    param.attach_grad()


def relu(X):
    return np.maximum(X, 0)


def net(X):
    X = X.reshape((-1, num_inputs))
    H = relu(np.dot(X, W1) + b1)
    return np.dot(H, W2) + b2


loss = gluon.loss.SoftmaxCrossEntropyLoss()
for epoch in range(2):
    tot = 0.0
    for X, y in train_iter:
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        for p in params:
            p[:] = p - 0.5 * p.grad / X.shape[0]
        tot += float(l.sum())
    print('scratch epoch %d loss %.5f' % (epoch, tot / 40))

net = nn.Sequential()
net.add(nn.Dense(8, activation='relu'), nn.Dense(3))
net.initialize(init.Normal(sigma=0.01))
print(net)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
for epoch in range(2):
    tot = 0.0
    for X, y in train_iter:
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(X.shape[0])
        tot += float(l.sum())
    print('concise epoch %d loss %.5f' % (epoch, tot / 40))
print(net)


# dropout
def dropout_layer(X, dropout):
    assert 0 <= dropout <= 1
    if dropout == 1:
        return np.zeros_like(X)
    if dropout == 0:
        return X
    mask = np.random.uniform(0, 1, X.shape) > dropout
    return mask.astype(np.float32) * X / (1.0 - dropout)


X = np.arange(16).reshape(2, 8)
print(dropout_layer(X, 0.))
print(dropout_layer(X, 0.5))
print(dropout_layer(X, 1.))
drop = nn.Dropout(0.5)
drop.initialize()
print(drop, drop(X))
with autograd.record():
    print(drop(np.ones((2, 6))))
with autograd.train_mode():
    print(drop(np.ones((2, 6))))
print(npx.dropout(np.ones((2, 4)), p=0.5))
with autograd.record():
    print(npx.dropout(np.ones((2, 4)), p=0.5))
net = nn.Sequential()
net.add(nn.Dense(8, activation="relu"), nn.Dropout(0.2), nn.Dense(8, activation="relu"), nn.Dropout(0.5), nn.Dense(3))
net.initialize(init.Normal(sigma=0.01))
print(net)
with autograd.record():
    l = loss(net(feat[:4]), lab[:4])
l.backward()
print(l)

# weight decay
n_train, n_test, num_inputs, batch_size = 20, 10, 200, 5
true_w, true_b = np.ones((num_inputs, 1)) * 0.01, 0.05
Xs = np.random.normal(0, 1, (n_train, num_inputs))
ys = np.dot(Xs, true_w) + true_b + np.random.normal(0, 0.01, (n_train, 1))
w = np.random.normal(scale=1, size=(num_inputs, 1))
b = np.zeros(1)
w.attach_grad()
b.attach_grad()


def l2_penalty(w):
    return (w ** 2).sum() / 2


for lambd in (0, 3):
    for _ in range(3):
        with autograd.record():
            l = ((np.dot(Xs, w) + b - ys) ** 2 / 2) + lambd * l2_penalty(w)
        l.backward()
        w[:] = w - 0.003 * w.grad / n_train
        b[:] = b - 0.003 * b.grad / n_train
    print('lambd %d L2 norm of w: %.5f' % (lambd, float(np.linalg.norm(w))))

for wd in (0, 3):
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize(init.Normal(sigma=1))
    l2 = gluon.loss.L2Loss()
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.003, 'wd': wd})
    net.collect_params('.*bias').setattr('wd_mult', 0)
    print(sorted(net.collect_params('.*bias').keys()), net[0].bias.wd_mult, net[0].weight.wd_mult)
    for _ in range(3):
        with autograd.record():
            l = l2(net(Xs), ys)
        l.backward()
        trainer.step(n_train)
    print('wd %d L2 norm of w: %.5f' % (wd, float(np.linalg.norm(net[0].weight.data()))))

# numerical stability
M = np.random.normal(size=(4, 4))
for i in range(100):
    M = np.dot(M, np.random.normal(size=(4, 4)))
print('after multiplying 100 matrices', M.shape, bool(np.isfinite(M).all()) if hasattr(np, 'isfinite') else '')
x = np.arange(-8.0, 8.0, 4.0)
x.attach_grad()
with autograd.record():
    y = npx.sigmoid(x)
y.backward()
print(x.grad)
print(np.isnan(np.array([1.0, float('nan')])), np.isinf(np.array([float('inf'), 1.0])))
print(init.Xavier().dumps(), init.Normal(0.01).dumps(), init.Uniform(0.07).dumps(), init.Constant(1).dumps())

# house prices: features as numpy arrays -> np, log rmse, k-fold, Adam
rng = onp.random.RandomState(6)
train_raw = rng.uniform(0, 10, size=(30, 5)).astype('float32')
prices = (onp.abs(train_raw @ rng.uniform(1, 2, size=(5,))) * 1000 + 50000).astype('float32')
mean, std = train_raw.mean(0), train_raw.std(0)
train_features = np.array((train_raw - mean) / std, dtype=np.float32)
train_labels = np.array(prices.reshape(-1, 1), dtype=np.float32)
print(train_features.shape, train_features.dtype, train_labels[:2])


def get_net():
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()
    return net


def log_rmse(net, features, labels):
    clipped_preds = np.clip(net(features), 1, float('inf'))
    return np.sqrt(2 * l2(np.log(clipped_preds), np.log(labels)).mean())


def get_k_fold_data(k, i, X, y):
    fold_size = X.shape[0] // k
    X_train, y_train = None, None
    for j in range(k):
        idx = slice(j * fold_size, (j + 1) * fold_size)
        X_part, y_part = X[idx, :], y[idx]
        if j == i:
            X_valid, y_valid = X_part, y_part
        elif X_train is None:
            X_train, y_train = X_part, y_part
        else:
            X_train = np.concatenate([X_train, X_part], 0)
            y_train = np.concatenate([y_train, y_part], 0)
    return X_train, y_train, X_valid, y_valid


for i in range(3):
    Xt, yt, Xv, yv = get_k_fold_data(3, i, train_features, train_labels)
    net = get_net()
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 5, 'wd': 0})
    it = gluon.data.DataLoader(gluon.data.ArrayDataset(Xt, yt), 8, shuffle=True)
    for epoch in range(3):
        for X, y in it:
            with autograd.record():
                l = l2(net(X), y)
            l.backward()
            trainer.step(8)
    print('fold %d train log rmse %.5f valid log rmse %.5f' % (i, float(log_rmse(net, Xt, yt)),
                                                              float(log_rmse(net, Xv, yv))))
preds = net(train_features).asnumpy()
print(preds.reshape(1, -1)[0][:3].round(3), type(preds).__name__)
print(np.clip(np.array([0.5, 2.0]), 1, float('inf')))
