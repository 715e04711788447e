# Quantile regression with a pinball loss over several quantile heads, plus Huber/L1 baselines and crossing checks
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(100)
X = nd.random.uniform(0, 1, shape=(40, 1))
y = 2 * X + nd.random.normal(shape=(40, 1)) * (0.1 + 0.5 * X)
quantiles = nd.array([0.1, 0.5, 0.9])


def pinball(pred, target):
    err = nd.broadcast_sub(target, pred)
    return nd.maximum(nd.broadcast_mul(quantiles.reshape((1, -1)), err),
                      nd.broadcast_mul(quantiles.reshape((1, -1)) - 1, err)).mean(axis=0)


net = nn.HybridSequential()
net.add(nn.Dense(12, activation='sigmoid'), nn.Dense(3))
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05})
for epoch in range(25):
    with autograd.record():
        per_q = pinball(net(X), y)
        loss = per_q.sum()
    loss.backward()
    trainer.step(1)
    if epoch % 6 == 0:
        print(epoch, per_q.asnumpy().tolist())
grid = nd.array([[0.1], [0.5], [0.9]])
pred = net(grid)
print(pred.asnumpy().tolist())
print('coverage', nd.mean(nd.broadcast_lesser(y, net(X))).asscalar(), nd.mean(y < net(X)[:, 2:3]).asscalar())
for name, fn in (('huber', gluon.loss.HuberLoss(rho=0.5)), ('l1', gluon.loss.L1Loss(weight=2.0))):
    base = nn.Dense(1)
    base.initialize(mx.init.Zero())
    tr = gluon.Trainer(base.collect_params(), 'sgd', {'learning_rate': 0.5})
    for _ in range(10):
        with autograd.record():
            l = fn(base(X), y)
        l.backward()
        tr.step(40)
    print(name, repr(l.mean().asscalar()), base.weight.data().asnumpy().tolist(), base.bias.data().asnumpy().tolist())
