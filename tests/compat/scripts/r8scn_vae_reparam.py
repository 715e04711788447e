# Variational autoencoder on toy 2-D blobs: reparameterisation trick, KL term, custom loss block, sampling
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(9)
data = nd.concat(nd.random.normal(-2, 0.3, shape=(16, 2)), nd.random.normal(2, 0.3, shape=(16, 2)), dim=0)


class VAE(gluon.HybridBlock):
    def __init__(self, latent=1, **kwargs):
        super(VAE, self).__init__(**kwargs)
        self.latent = latent
        with self.name_scope():
            self.enc = nn.HybridSequential()
            self.enc.add(nn.Dense(8, activation='tanh'), nn.Dense(2 * latent))
            self.dec = nn.HybridSequential()
            self.dec.add(nn.Dense(8, activation='tanh'), nn.Dense(2))

    def hybrid_forward(self, F, x, eps):
        h = self.enc(x)
        mu = F.slice_axis(h, axis=1, begin=0, end=self.latent)
        logvar = F.slice_axis(h, axis=1, begin=self.latent, end=None)
        z = mu + F.exp(0.5 * logvar) * eps
        recon = self.dec(z)
        kl = -0.5 * F.sum(1 + logvar - mu * mu - F.exp(logvar), axis=1)
        rec = F.sum(F.square(recon - x), axis=1)
        return rec + kl, mu


vae = VAE()
vae.initialize(mx.init.Normal(0.2))
vae.hybridize()
trainer = gluon.Trainer(vae.collect_params(), 'rmsprop', {'learning_rate': 0.01})
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(data), batch_size=8, shuffle=False, last_batch='keep')
for epoch in range(6):
    total = 0.0
    for x in loader:
        eps = nd.random.normal(shape=(x.shape[0], 1))
        with autograd.record():
            loss, _ = vae(x, eps)
        loss.backward()
        trainer.step(x.shape[0])
        total += loss.sum().asscalar()
    print(epoch, repr(total / 32))
_, mu = vae(data, nd.zeros((32, 1)))
print(repr(mu[:16].mean().asscalar()), repr(mu[16:].mean().asscalar()))
z = nd.array([[-1.0], [0.0], [1.0]])
print(vae.dec(z).asnumpy().tolist())
print(vae.enc[1].weight.data().asnumpy().tolist())
