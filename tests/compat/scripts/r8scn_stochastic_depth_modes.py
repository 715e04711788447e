# Stochastic depth: residual branches dropped at random while training, scaled at inference; autograd modes
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class DropBlock(nn.HybridBlock):
    def __init__(self, units, survival, **kwargs):
        super(DropBlock, self).__init__(**kwargs)
        self.survival = survival
        with self.name_scope():
            self.body = nn.Dense(units, activation='relu')
            self.drop = nn.Dropout(0.25)

    def hybrid_forward(self, F, x):
        branch = self.drop(self.body(x))
        if autograd.is_training():
            gate = F.random.uniform(shape=(1,)) < self.survival
            return x + F.broadcast_mul(branch, gate)
        return x + self.survival * branch


mx.random.seed(44)
net = nn.Sequential()
net.add(nn.Dense(6), DropBlock(6, 0.8), DropBlock(6, 0.5), nn.Dense(1))
net.initialize(mx.init.Xavier(magnitude=2))
X = nd.random.normal(shape=(10, 4))
y = X.sum(axis=1, keepdims=True)
print(autograd.is_training(), autograd.is_recording())
with autograd.record():
    print(autograd.is_training(), autograd.is_recording())
    out_train = net(X)
with autograd.record(train_mode=False):
    print(autograd.is_training())
    out_eval_rec = net(X)
with autograd.train_mode():
    out_train2 = net(X)
with autograd.predict_mode():
    out_pred = net(X)
print(out_train[:3].asnumpy().ravel().tolist(), out_train2[:3].asnumpy().ravel().tolist())
print(out_eval_rec[:3].asnumpy().ravel().tolist(), out_pred[:3].asnumpy().ravel().tolist())
trainer = gluon.Trainer(net.collect_params(), 'adadelta', {'rho': 0.9, 'epsilon': 1e-5})
loss_fn = gluon.loss.L1Loss()
for epoch in range(6):
    with autograd.record():
        loss = loss_fn(net(X), y)
    loss.backward()
    trainer.step(10)
    print(epoch, repr(loss.mean().asscalar()), repr(loss_fn(net(X), y).mean().asscalar()))
with autograd.record():
    with autograd.pause():
        frozen = net[0](X)
    out = net[1](frozen)
out.backward()
print(net[0].weight.grad().sum().asscalar(), net[1].body.weight.grad().abs().sum().asscalar() > 0)
print(nd.Dropout(nd.ones((2, 4)), p=0.5).asnumpy().tolist())
with autograd.train_mode():
    print(nd.Dropout(nd.ones((2, 4)), p=0.5).asnumpy().tolist())
