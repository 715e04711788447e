# Training with validation, keeping the best parameters in memory and on disk, early stopping with patience
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

np.random.seed(8)
mx.random.seed(8)
X = np.random.randn(48, 5).astype('float32')
y = (X[:, :2].sum(axis=1) > 0).astype('float32')
train = gluon.data.DataLoader(gluon.data.ArrayDataset(X[:32], y[:32]), batch_size=8, shuffle=True)
valid = gluon.data.DataLoader(gluon.data.ArrayDataset(X[32:], y[32:]), batch_size=8)
net = nn.Sequential()
net.add(nn.Dense(6, activation='relu'), nn.Dense(2))
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.2, 'momentum': 0.9})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
best_loss, best_epoch, patience, bad = float('inf'), -1, 2, 0
path = os.path.join(tempfile.mkdtemp(), 'best.params')


def evaluate():
    m, total, n = mx.metric.Accuracy(), 0.0, 0
    for xb, yb in valid:
        out = net(xb)
        total += loss_fn(out, yb).sum().asscalar()
        n += xb.shape[0]
        m.update(yb, out)
    return total / n, m.get()[1]


for epoch in range(12):
    for xb, yb in train:
        with autograd.record():
            l = loss_fn(net(xb), yb)
        l.backward()
        trainer.step(xb.shape[0])
    vloss, vacc = evaluate()
    print(epoch, repr(vloss), vacc)
    if vloss < best_loss:
        best_loss, best_epoch, bad = vloss, epoch, 0
        net.save_parameters(path)
    else:
        bad += 1
        if bad >= patience:
            print('early stop at', epoch)
            break
net.load_parameters(path)
print('best', best_epoch, repr(best_loss), evaluate())
