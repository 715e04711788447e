# Training in float64: cast a network, float64 data through DataLoader, Trainer updates, dtype checks
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

np.random.seed(6)
X = np.random.randn(20, 3)
y = (X @ np.array([1.5, -2.0, 0.5]) + 0.3).reshape(-1, 1)
net = nn.Sequential()
net.add(nn.Dense(1, in_units=3))
net.initialize(mx.init.Constant(0.1))
net.cast('float64')
print(net[0].weight.dtype, net[0].weight.data().dtype)
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(nd.array(X, dtype='float64'), nd.array(y, dtype='float64')),
                               batch_size=5)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.5})
loss_fn = gluon.loss.L2Loss()
for epoch in range(3):
    for xb, yb in loader:
        with autograd.record():
            l = loss_fn(net(xb), yb)
        l.backward()
        trainer.step(xb.shape[0])
    print(epoch, l.dtype, repr(l.mean().asscalar()), net[0].weight.data().asnumpy().tolist())
print(net[0].bias.data().asnumpy().tolist())
try:
    net(nd.array(X[:2]))
except Exception as e:
    print(type(e).__name__)
net.cast('float32')
print(net(nd.array(X[:2])).dtype, net(nd.array(X[:2])).asnumpy().tolist())
a = nd.array([1.5, 2.5, -0.5], dtype='float64')
print(a.astype('float16').asnumpy().tolist(), nd.cast(a, 'int32').asnumpy().tolist(), a.astype('float32').dtype)
