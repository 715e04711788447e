import mxnet as mx
from mxnet import nd, autograd, gluon, init
from mxnet.gluon import nn
import numpy as np

mx.random.seed(42)
np.random.seed(42)
X = nd.random.normal(shape=(200, 10))
w_true = nd.random.normal(shape=(10, 3))
y = nd.argmax(nd.dot(X, w_true), axis=1)
dataset = gluon.data.ArrayDataset(X, y)
loader = gluon.data.DataLoader(dataset, batch_size=32, shuffle=True, last_batch='rollover')
net = nn.Sequential()
net.add(nn.Dense(16, activation='relu'), nn.Dropout(0.2), nn.Dense(3))
net.initialize(init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
metric = mx.metric.Accuracy()
for epoch in range(3):
    metric.reset()
    total = 0.0
    for data, label in loader:
        with autograd.record():
            out = net(data)
            loss = loss_fn(out, label)
        loss.backward()
        trainer.step(data.shape[0])
        total += loss.mean().asscalar()
        metric.update(label, out)
    print(epoch, round(total, 3), metric.get())
print(net)
print(net[0].weight.data()[0, :4].asnumpy().round(5))  # 5 digits: BLAS kernels differ in the last bit by CPU
