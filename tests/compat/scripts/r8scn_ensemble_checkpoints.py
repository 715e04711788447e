# An ensemble of small nets trained from different seeds, saved per member and reloaded for averaged predictions
import os
import tempfile
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(0)
X = nd.random.normal(shape=(20, 3))
y = (nd.sin(X[:, 0]) + X[:, 1] * X[:, 2]).reshape((-1, 1))
tmp = tempfile.mkdtemp()


def build():
    net = nn.HybridSequential()
    net.add(nn.Dense(12, activation='tanh'), nn.Dense(1))
    return net


files = []
for seed in (1, 2, 3):
    mx.random.seed(seed)
    net = build()
    net.initialize(mx.init.Uniform(0.3))
    trainer = gluon.Trainer(net.collect_params(), 'adagrad', {'learning_rate': 0.1})
    for epoch in range(15):
        with autograd.record():
            l = gluon.loss.L2Loss()(net(X), y)
        l.backward()
        trainer.step(20)
    path = os.path.join(tmp, 'member%d.params' % seed)
    net.save_parameters(path)
    files.append(path)
    print(seed, repr(l.mean().asscalar()), net[1].bias.data().asnumpy().tolist())

preds = []
for path in files:
    net = build()
    net.load_parameters(path, ctx=mx.cpu())
    preds.append(net(X[:4]))
stack = nd.stack(*preds)
print(stack.mean(axis=0).asnumpy().ravel().tolist())
print(stack.max(axis=0).asnumpy().ravel().tolist(), stack.min(axis=0).asnumpy().ravel().tolist())
ens_loss = gluon.loss.L2Loss()(stack.mean(axis=0), y[:4]).mean()
print(repr(ens_loss.asscalar()))
loaded = nd.load(files[0])
print(sorted(loaded.keys()), [v.shape for _, v in sorted(loaded.items())])
bigger = nn.HybridSequential()
bigger.add(nn.Dense(12, activation='tanh'), nn.Dense(1), nn.Dense(1))
bigger.initialize(mx.init.One())
bigger.load_parameters(files[1], allow_missing=True)
print(bigger(X[:2]).asnumpy().tolist())
try:
    bigger.load_parameters(files[1])
except AssertionError as e:
    print('AssertionError', str(e).split(' in file ')[0])
smaller = nn.HybridSequential()
smaller.add(nn.Dense(12, activation='tanh'))
smaller.load_parameters(files[2], ignore_extra=True)
print(smaller[0].weight.data()[0].asnumpy().tolist())
