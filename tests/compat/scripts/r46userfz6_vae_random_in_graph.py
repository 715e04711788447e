"""A hybridized VAE drawing its noise with F.random_normal inside the graph trains from an NDArrayIter of named arrays with Adam to the same losses, and a Bayes-by-backprop loss gets the same gradients, as in MXNet."""
import mxnet as mx
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn
import numpy as np
mx.random.seed(18); np.random.seed(18)
class VAE(gluon.HybridBlock):
    def __init__(self, n_hidden=32, n_latent=2, n_layers=1, n_output=64, batch_size=8, act_type='relu', **kwargs):
        self.soft_zero = 1e-10
        self.n_latent = n_latent
        self.batch_size = batch_size
        self.output = None
        self.mu = None
        super(VAE, self).__init__(**kwargs)
        with self.name_scope():
            self.encoder = nn.HybridSequential(prefix='encoder')
            for i in range(n_layers):
                self.encoder.add(nn.Dense(n_hidden, activation=act_type))
            self.encoder.add(nn.Dense(n_latent * 2, activation=None))
            self.decoder = nn.HybridSequential(prefix='decoder')
            for i in range(n_layers):
                self.decoder.add(nn.Dense(n_hidden, activation=act_type))
            self.decoder.add(nn.Dense(n_output, activation='sigmoid'))
    def hybrid_forward(self, F, x):
        h = self.encoder(x)
        mu_lv = F.split(h, axis=1, num_outputs=2)
        mu = mu_lv[0]
        lv = mu_lv[1]
        self.mu = mu
        eps = F.random_normal(loc=0, scale=1, shape=(self.batch_size, self.n_latent))
        z = mu + F.exp(0.5 * lv) * eps
        y = self.decoder(z)
        self.output = y
        KL = 0.5 * F.sum(1 + lv - mu * mu - F.exp(lv), axis=1)
        logloss = F.sum(x * F.log(y + self.soft_zero) + (1 - x) * F.log(1 - y + self.soft_zero), axis=1)
        loss = -logloss - KL
        return loss
net = VAE()
net.collect_params().initialize(mx.init.Xavier())
print(net)
print(sorted(net.collect_params().keys()))
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': .001})
X = nd.array(np.random.uniform(size=(16, 64)) > 0.5)
it = mx.io.NDArrayIter(data={'data': X}, label={'label': nd.zeros(16)}, batch_size=8)
for epoch in range(2):
    it.reset()
    for batch in it:
        data = batch.data[0]
        with autograd.record():
            loss = net(data)
        loss.backward()
        trainer.step(data.shape[0])
        print(epoch, repr(float(nd.mean(loss).asscalar())))
# Bayes by backprop style
def log_gaussian(x, mu, sigma):
    return -0.5 * np.log(2.0 * np.pi) - nd.log(sigma) - (x - mu) ** 2 / (2 * sigma ** 2)
def gaussian_prior(x):
    sigma_p = nd.array([1.0])
    return nd.sum(log_gaussian(x, 0., sigma_p))
def scale_mixture_prior(x):
    sigma_p1 = nd.array([1.0]); sigma_p2 = nd.array([0.0025]); pi = 0.5
    first = pi * nd.exp(log_gaussian(x, 0., sigma_p1))
    second = (1 - pi) * nd.exp(log_gaussian(x, 0., sigma_p2))
    return nd.log(first + second)
mus = [nd.random_normal(shape=(3, 4), scale=0.1)]
rhos = [nd.random_normal(shape=(3, 4), loc=-3.0, scale=0.1)]
for p in mus + rhos:
    p.attach_grad()
with autograd.record():
    eps = nd.random_normal(shape=(3, 4))
    sigma = nd.log(1. + nd.exp(rhos[0]))
    w = mus[0] + sigma * eps
    loss = nd.sum(log_gaussian(w, mus[0], sigma)) - gaussian_prior(w) - nd.sum(scale_mixture_prior(w))
loss.backward()
print(loss, mus[0].grad, rhos[0].grad)
