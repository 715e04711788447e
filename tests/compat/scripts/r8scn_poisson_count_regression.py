# Count regression: PoissonNLLLoss (from_logits, compute_full), exp link, comparison with L2 on log-counts
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn
import numpy as np

np.random.seed(5)
mx.random.seed(5)
X = nd.random.uniform(-1, 1, shape=(30, 2))
rate = nd.exp(0.8 * X[:, 0] - 0.5 * X[:, 1] + 1.0)
counts = nd.array(np.random.poisson(rate.asnumpy())).reshape((-1, 1))
print(counts[:8].asnumpy().ravel().tolist())
for compute_full in (False,):
    net = nn.Dense(1)
    net.initialize(mx.init.Zero())
    trainer = gluon.Trainer(net.collect_params(), 'adagrad', {'learning_rate': 0.3})
    loss_fn = gluon.loss.PoissonNLLLoss(from_logits=True, compute_full=compute_full)
    for epoch in range(12):
        with autograd.record():
            l = loss_fn(net(X), counts)
        l.backward()
        trainer.step(30)
    print(compute_full, repr(l.asscalar()), net.weight.data().asnumpy().tolist(), net.bias.data().asnumpy().tolist())
pred = nd.array([[1.0], [2.5], [0.1]])
target = nd.array([[0.0], [3.0], [1.0]])
print(gluon.loss.PoissonNLLLoss(from_logits=False)(pred, target).asnumpy().tolist())
print(gluon.loss.PoissonNLLLoss(from_logits=False, compute_full=True)(pred, target).asnumpy().tolist())
full = gluon.loss.PoissonNLLLoss(from_logits=True, compute_full=True)
print(repr(full(net(X), counts).asscalar()))
try:
    with autograd.record():   # its Stirling term is written in place: refused while recording
        full(net(X), counts)
except mx.base.MXNetError as e:
    print('MXNetError', 'computational graph' in str(e))
print(gluon.loss.PoissonNLLLoss()(pred, target, nd.array([[1.0], [0.0], [2.0]])).asnumpy().tolist())
net2 = nn.Dense(1)
net2.initialize(mx.init.Zero())
tr2 = gluon.Trainer(net2.collect_params(), 'sgd', {'learning_rate': 0.2})
for _ in range(12):
    with autograd.record():
        l2 = gluon.loss.L2Loss()(net2(X), nd.log(counts + 1))
    l2.backward()
    tr2.step(30)
print(repr(l2.mean().asscalar()), net2.weight.data().asnumpy().tolist())
