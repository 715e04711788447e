# Mixup augmentation with label smoothing: soft one-hot targets, SoftmaxCE(sparse_label=False), beta-mixed inputs
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn
import numpy as np

mx.random.seed(15)
np.random.seed(15)
C = 3
X = nd.random.normal(shape=(18, 5))
y = nd.array(np.arange(18) % C)


def smooth(labels, classes, eta=0.1):
    return nd.one_hot(labels, classes, on_value=1 - eta + eta / classes, off_value=eta / classes)


print(smooth(nd.array([0, 2]), C).asnumpy().tolist())
net = nn.HybridSequential()
net.add(nn.Dense(10, activation='softrelu'), nn.Dense(C))
net.initialize(mx.init.MSRAPrelu())
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'nag', {'learning_rate': 0.1, 'momentum': 0.9})
soft_ce = gluon.loss.SoftmaxCrossEntropyLoss(sparse_label=False)
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(X, y), batch_size=6, shuffle=True)
for epoch in range(4):
    total = 0.0
    for xb, yb in loader:
        lam = float(np.random.beta(0.4, 0.4))
        perm = nd.array(np.random.permutation(xb.shape[0]))
        x_mix = lam * xb + (1 - lam) * xb.take(perm)
        t = smooth(yb, C)
        t_mix = lam * t + (1 - lam) * t.take(perm)
        with autograd.record():
            loss = soft_ce(net(x_mix), t_mix)
        loss.backward()
        trainer.step(xb.shape[0])
        total += loss.sum().asscalar()
    print(epoch, round(lam, 6), repr(total))
acc = mx.metric.Accuracy()
acc.update([y], [net(X)])
print(acc.get())
print(nd.one_hot(nd.array([1, -1, 5]), 4).asnumpy().tolist())
print(nd.one_hot(nd.array([[0, 1]]), 2, dtype='int32').asnumpy().tolist())
