# Gluon MLP regression on synthetic data: Adam + FactorScheduler, DataLoader with shuffling, eval each epoch
import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn

np.random.seed(7)
mx.random.seed(7)
X = np.random.uniform(-1, 1, (64, 4)).astype('float32')
true_w = np.array([[2.0], [-3.4], [0.5], [1.25]], dtype='float32')
y = X.dot(true_w) + 4.2

dataset = gluon.data.ArrayDataset(nd.array(X), nd.array(y))
loader = gluon.data.DataLoader(dataset, batch_size=16, shuffle=True)

net = nn.HybridSequential()
with net.name_scope():
    net.add(nn.Dense(8, activation='relu'))
    net.add(nn.Dense(1))
net.initialize(mx.init.Xavier(magnitude=2.24))
net.hybridize()

sched = mx.lr_scheduler.FactorScheduler(step=4, factor=0.5, base_lr=0.05)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05, 'lr_scheduler': sched})
loss_fn = gluon.loss.L2Loss()
metric = mx.metric.MSE()

for epoch in range(5):
    total = 0.0
    for data, label in loader:
        with autograd.record():
            out = net(data)
            loss = loss_fn(out, label)
        loss.backward()
        trainer.step(data.shape[0])
        total += loss.sum().asscalar()
    metric.reset()
    metric.update(nd.array(y), net(nd.array(X)))
    print('epoch %d loss %r lr %r mse %r' % (epoch, total / 64, trainer.learning_rate, metric.get()[1]))

print(net[0].weight.data().asnumpy().tolist())
print(net[1].bias.data().asnumpy().tolist())
print(trainer.optimizer.num_update, sched.count)
