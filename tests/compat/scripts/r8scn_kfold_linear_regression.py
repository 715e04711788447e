# K-fold cross-validation of a linear model with weight decay: fresh net per fold, fold-average validation loss
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn
import numpy as np

mx.random.seed(11)
np.random.seed(11)
n, d = 40, 3
X = nd.random.normal(shape=(n, d))
true_w = nd.array([[1.5], [-2.0], [0.5]])
y = nd.dot(X, true_w) + 0.1 * nd.random.normal(shape=(n, 1))


def get_fold(k, i, X, y):
    size = X.shape[0] // k
    parts_X, parts_y = [], []
    for j in range(k):
        sl = slice(j * size, (j + 1) * size)
        if j == i:
            X_valid, y_valid = X[sl], y[sl]
        else:
            parts_X.append(X[sl])
            parts_y.append(y[sl])
    return nd.concat(*parts_X, dim=0), nd.concat(*parts_y, dim=0), X_valid, y_valid


def train(X_tr, y_tr, X_va, y_va, wd, epochs=5):
    net = nn.Dense(1)
    net.initialize(mx.init.Normal(0.01))
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.1, 'wd': wd})
    loss = gluon.loss.L2Loss()
    it = gluon.data.DataLoader(gluon.data.ArrayDataset(X_tr, y_tr), batch_size=8, shuffle=True)
    for _ in range(epochs):
        for xb, yb in it:
            with autograd.record():
                l = loss(net(xb), yb)
            l.backward()
            trainer.step(xb.shape[0])
    return loss(net(X_tr), y_tr).mean().asscalar(), loss(net(X_va), y_va).mean().asscalar(), net


for wd in (0.0, 0.1):
    tr_sum, va_sum = 0.0, 0.0
    for i in range(4):
        tr, va, net = train(*get_fold(4, i, X, y), wd=wd)
        print('wd', wd, 'fold', i, repr(float(tr)), repr(float(va)))
        tr_sum += tr
        va_sum += va
    print('avg', repr(float(tr_sum / 4)), repr(float(va_sum / 4)))
    print(net.weight.data().asnumpy().tolist(), net.bias.data().asnumpy().tolist())
