"""d2l-zh (nd era) Kaggle house prices on a small synthetic table built with numpy: standardised features with
one-hot categories, log rmse with nd.clip, Adam with wd in the Trainer, k-fold cross-validation, predictions."""
import os
import random
import tempfile

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

random.seed(8)
np.random.seed(8)
mx.random.seed(8)

n_train, n_test = 64, 16
rng = np.random.RandomState(0)
area = rng.uniform(500, 3000, size=n_train + n_test)
rooms = rng.randint(1, 8, size=n_train + n_test).astype(np.float64)
rooms[rng.rand(n_train + n_test) < 0.1] = np.nan           # missing values, filled with 0 after standardising
zone = rng.choice(['RL', 'RM', 'FV', None], size=n_train + n_test)
price = 50 * area + 8000 * np.nan_to_num(rooms) + rng.normal(0, 5000, size=n_train + n_test) + 20000

numeric = np.stack([area, rooms], axis=1)
numeric = (numeric - np.nanmean(numeric, axis=0)) / np.nanstd(numeric, axis=0, ddof=1)
numeric = np.nan_to_num(numeric)
categories = ['FV', 'RL', 'RM', None]
one_hot = np.array([[float(z == c) for c in categories] for z in zone])
all_features = np.concatenate([numeric, one_hot], axis=1)
print(all_features.shape, all_features.dtype, all_features[:2].round(4).tolist())

train_features = nd.array(all_features[:n_train])
test_features = nd.array(all_features[n_train:])
train_labels = nd.array(price[:n_train]).reshape((-1, 1))
print(train_features.dtype, train_features.shape, train_labels.shape, train_labels[:3].asnumpy().round(1))

loss = gloss.L2Loss()


def get_net():
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()
    return net


def log_rmse(net, features, labels):
    clipped = nd.clip(net(features), 1, float('inf'))
    rmse = nd.sqrt(2 * loss(clipped.log(), labels.log()).mean())
    return rmse.asscalar()


def train(net, train_features, train_labels, test_features, test_labels, num_epochs, learning_rate,
          weight_decay, batch_size):
    train_ls, test_ls = [], []
    train_iter = gdata.DataLoader(gdata.ArrayDataset(train_features, train_labels), batch_size, shuffle=True)
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': learning_rate, 'wd': weight_decay})
    for _ in range(num_epochs):
        for X, y in train_iter:
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(batch_size)
        train_ls.append(log_rmse(net, train_features, train_labels))
        if test_labels is not None:
            test_ls.append(log_rmse(net, test_features, test_labels))
    return train_ls, test_ls


def get_k_fold_data(k, i, X, y):
    assert k > 1
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
            X_train = nd.concat(X_train, X_part, dim=0)
            y_train = nd.concat(y_train, y_part, dim=0)
    return X_train, y_train, X_valid, y_valid


def k_fold(k, X_train, y_train, num_epochs, learning_rate, weight_decay, batch_size):
    train_l_sum, valid_l_sum = 0, 0
    for i in range(k):
        data = get_k_fold_data(k, i, X_train, y_train)
        net = get_net()
        train_ls, valid_ls = train(net, *data, num_epochs, learning_rate, weight_decay, batch_size)
        train_l_sum += train_ls[-1]
        valid_l_sum += valid_ls[-1]
        print('fold %d, train rmse %.4f, valid rmse %.4f' % (i, train_ls[-1], valid_ls[-1]))
    return train_l_sum / k, valid_l_sum / k


k, num_epochs, lr, weight_decay, batch_size = 4, 10, 5, 0, 16
train_l, valid_l = k_fold(k, train_features, train_labels, num_epochs, lr, weight_decay, batch_size)
print('%d-fold validation: avg train rmse %.4f, avg valid rmse %.4f' % (k, train_l, valid_l))

net = get_net()
train_ls, _ = train(net, train_features, train_labels, None, None, num_epochs, lr, 0.1, batch_size)
print('train rmse %.4f' % train_ls[-1])
preds = net(test_features).asnumpy()
print(preds.shape, preds.dtype, preds.reshape(1, -1)[0][:4].round(1))
out = os.path.join(tempfile.mkdtemp(), 'submission.csv')
np.savetxt(out, np.stack([np.arange(n_test) + 1461, preds.reshape(-1)], axis=1), fmt='%d,%.1f',
           header='Id,SalePrice', comments='')
with open(out) as f:
    print(f.read().splitlines()[:3])
print(nd.clip(nd.array([-1., 0.5, 3.]), 1, float('inf')), nd.sqrt(nd.array([4.])))

# the earlier edition's variant: 1-d labels against (n, 1) predictions, Xavier re-initialisation after the
# Trainer exists, and rmse kept as a numpy array of one element


def get_rmse_log(net, features, labels):
    clipped = nd.clip(net(features), 1, float('inf'))
    return nd.sqrt(2 * loss(clipped.log(), labels.log()).mean()).asnumpy()


flat_labels = nd.array(price[:n_train])
print(flat_labels.shape, flat_labels.reshape((n_train, 1)).shape)
net = nn.Sequential()
net.add(nn.Dense(1))
net.initialize(init=init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 5, 'wd': 0})
net.initialize(init=init.Xavier(), force_reinit=True)
train_iter = gdata.DataLoader(gdata.ArrayDataset(train_features, flat_labels), batch_size, shuffle=True)
total = 0.0
for epoch in range(1, 4):
    for X, y in train_iter:
        with autograd.record():
            l = loss(net(X), y)
        l.backward()
        trainer.step(batch_size)
    cur = get_rmse_log(net, train_features, flat_labels)
    total += cur
    print('epoch %d, train loss: %.4f' % (epoch, cur[0]), type(cur).__name__, cur.shape, cur.dtype)
print(type(total).__name__, total.round(3), l.shape, net[0].weight.shape)
