# Bayes by Backprop (MXNet's bayesian-methods example in miniature): Gaussian weight posteriors with softplus
# scales, reparameterised samples each forward, KL to a Gaussian prior, Monte-Carlo predictive mean and spread
import math
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class BayesDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(BayesDense, self).__init__(**kwargs)
        with self.name_scope():
            self.mu = self.params.get('mu', shape=(in_units, units), init=mx.init.Normal(0.1))
            self.rho = self.params.get('rho', shape=(in_units, units), init=mx.init.Constant(-3.0))

    def forward(self, x):
        mu, rho = self.mu.data(), self.rho.data()
        sigma = nd.log(1 + nd.exp(rho))
        w = mu + sigma * nd.random.normal(shape=mu.shape)
        kl = nd.sum(nd.log(1.0 / sigma) + (sigma ** 2 + mu ** 2) / 2 - 0.5)
        return nd.dot(x, w), kl


mx.random.seed(270)
X = nd.random.uniform(-1, 1, shape=(30, 2))
y = (X[:, 0:1] * 2 - X[:, 1:2]) + 0.1 * nd.random.normal(shape=(30, 1))
layer = BayesDense(1, 2)
layer.initialize()
trainer = gluon.Trainer(layer.collect_params(), 'adam', {'learning_rate': 0.05})
for epoch in range(20):
    with autograd.record():
        pred, kl = layer(X)
        nll = 0.5 * nd.sum((pred - y) ** 2) / 0.01
        loss = nll + kl / 30
    loss.backward()
    trainer.step(30)
    if epoch % 5 == 0:
        print(epoch, repr(nll.asscalar()), repr(kl.asscalar()))
print(layer.mu.data().asnumpy().tolist(), nd.log(1 + nd.exp(layer.rho.data())).asnumpy().tolist())
probe = nd.array([[0.5, -0.5], [1.0, 1.0]])
draws = nd.stack(*[layer(probe)[0] for _ in range(20)])
spread = nd.sqrt(((draws - draws.mean(axis=0)) ** 2).mean(axis=0))
print(draws.mean(axis=0).asnumpy().tolist(), spread.asnumpy().tolist())
print(repr(math.log(2)), nd.log(1 + nd.exp(nd.array([-3.0, 0.0, 3.0]))).asnumpy().tolist())
