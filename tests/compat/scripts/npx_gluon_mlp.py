"""Gluon under npx.set_np(): an MLP trained with SoftmaxCrossEntropyLoss and SGD gives mx.np arrays and MXNet's numbers."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(42)
net = nn.HybridSequential()
with net.name_scope():
    net.add(nn.Dense(8, activation="relu"), nn.Dense(3))
net.initialize(mx.init.Xavier())
print(net[0].weight.shape)
x = np.array(onp.random.RandomState(0).uniform(-1, 1, (6, 4)), dtype='float32')
y = np.array([0, 1, 2, 1, 0, 2])
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
for step in range(3):
    with autograd.record():
        out = net(x)
        loss = loss_fn(out, y)
    loss.backward()
    trainer.step(6)
    print(step, type(out).__name__, type(loss).__name__, loss.shape, onp.round(loss.asnumpy(), 5).tolist())
print(type(net[0].weight.grad()).__name__, onp.round(net[0].weight.grad().asnumpy()[0], 5).tolist())
print(onp.round(net[1].bias.data().asnumpy(), 5).tolist())
net.hybridize()
out = net(x)
print('hyb', type(out).__name__, onp.round(out.asnumpy()[0], 5).tolist())
for name, l in [('l2', gluon.loss.L2Loss()), ('l1', gluon.loss.L1Loss()), ('sbce', gluon.loss.SigmoidBinaryCrossEntropyLoss())]:
    r = l(out, np.ones((6, 3)) * 0.5)
    print(name, type(r).__name__, onp.round(r.asnumpy(), 5).tolist())
