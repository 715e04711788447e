# Save parameters and trainer states mid-training, rebuild the net, load both and check resumed training matches
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn


def build():
    net = nn.Sequential()
    net.add(nn.Dense(5, activation='sigmoid'), nn.Dense(2))
    return net


def train(net, trainer, steps, X, y):
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    for s in range(steps):
        with autograd.record():
            l = loss_fn(net(X), y)
        l.backward()
        trainer.step(X.shape[0])
    return l.mean().asscalar()


np.random.seed(5)
mx.random.seed(5)
X = nd.array(np.random.randn(10, 3))
y = nd.array((np.arange(10) % 2).astype('float32'))
net = build()
net.initialize(mx.init.Normal(0.5))
trainer = gluon.Trainer(net.collect_params(), 'rmsprop', {'learning_rate': 0.01, 'gamma1': 0.9, 'centered': True})
print('first', repr(train(net, trainer, 4, X, y)))
tmp = tempfile.mkdtemp()
net.save_parameters(os.path.join(tmp, 'net.params'))
trainer.save_states(os.path.join(tmp, 'trainer.states'))
ref_loss = train(net, trainer, 3, X, y)
ref_w = net[0].weight.data().asnumpy()

net2 = build()
net2.load_parameters(os.path.join(tmp, 'net.params'))
trainer2 = gluon.Trainer(net2.collect_params(), 'rmsprop', {'learning_rate': 0.01, 'gamma1': 0.9, 'centered': True})
trainer2.load_states(os.path.join(tmp, 'trainer.states'))
print('num_update', trainer2.optimizer.num_update, trainer2.learning_rate)
loss2 = train(net2, trainer2, 3, X, y)
print('resumed', repr(ref_loss), repr(loss2), (net2[0].weight.data().asnumpy() == ref_w).all())
print(net2[1].weight.data().asnumpy().tolist())

# a fresh trainer without states continues differently
net3 = build()
net3.load_parameters(os.path.join(tmp, 'net.params'), ctx=mx.cpu())
trainer3 = gluon.Trainer(net3.collect_params(), 'rmsprop', {'learning_rate': 0.01, 'gamma1': 0.9, 'centered': True})
print('fresh', repr(train(net3, trainer3, 3, X, y)))
params = nd.load(os.path.join(tmp, 'net.params'))
print(sorted((k, v.shape) for k, v in params.items()))
try:
    net4 = nn.Sequential()
    net4.add(nn.Dense(5), nn.Dense(3))
    net4.load_parameters(os.path.join(tmp, 'net.params'))
except Exception as e:
    print(type(e).__name__)
net5 = build()
net5.load_parameters(os.path.join(tmp, 'net.params'), allow_missing=False, ignore_extra=True)
print(net5(X).asnumpy()[:2].tolist())
