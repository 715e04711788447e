# Weight averaging tricks: an exponential moving average of parameters kept beside training (shadow copies),
# stochastic weight averaging over the last epochs, and evaluation with the averaged weights swapped in
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(340)
X = nd.random.normal(shape=(32, 3))
y = (nd.sin(X[:, 0]) + 0.5 * X[:, 1]).reshape((-1, 1))
net = nn.HybridSequential()
net.add(nn.Dense(10, activation='relu'), nn.Dense(1))
net.initialize(mx.init.Xavier())
params = net.collect_params()
trainer = gluon.Trainer(params, 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
loss_fn = gluon.loss.L2Loss()
net(X)
ema = {name: p.data().copy() for name, p in params.items()}
swa = {name: nd.zeros_like(p.data()) for name, p in params.items()}
swa_count, decay = 0, 0.8
for epoch in range(10):
    for start in range(0, 32, 8):
        with autograd.record():
            l = loss_fn(net(X[start:start + 8]), y[start:start + 8])
        l.backward()
        trainer.step(8)
        for name, p in params.items():
            ema[name][:] = decay * ema[name] + (1 - decay) * p.data()
    if epoch >= 6:
        swa_count += 1
        for name, p in params.items():
            swa[name] += (p.data() - swa[name]) / swa_count
    print(epoch, repr(loss_fn(net(X), y).mean().asscalar()))


def evaluate_with(weights):
    backup = {name: p.data().copy() for name, p in params.items()}
    for name, p in params.items():
        p.set_data(weights[name])
    value = loss_fn(net(X), y).mean().asscalar()
    for name, p in params.items():
        p.set_data(backup[name])
    return value


print('final', repr(loss_fn(net(X), y).mean().asscalar()))
print('ema', repr(evaluate_with(ema)), 'swa', repr(evaluate_with(swa)), swa_count)
print(ema[net[1].bias.name].asnumpy().tolist(), swa[net[1].bias.name].asnumpy().tolist())
print(net[1].bias.data().asnumpy().tolist())
