# NumPy-interface (npx.set_np) VAE-style model: mx.np arrays, np.random, npx activations, hybridized HybridBlock
import mxnet as mx
from mxnet import np, npx, gluon, autograd
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(180)
data = np.concatenate([np.random.normal(-1, 0.2, size=(12, 3)), np.random.normal(1, 0.2, size=(12, 3))], axis=0)
print(type(data).__name__, data.shape, data.dtype, float(data.mean()))


class TinyVAE(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(TinyVAE, self).__init__(**kwargs)
        with self.name_scope():
            self.enc = nn.Dense(4)
            self.dec = nn.Dense(3)

    def hybrid_forward(self, F, x, eps):
        h = self.enc(x)
        mu, logvar = F.np.split(h, 2, axis=1)
        z = mu + F.np.exp(0.5 * logvar) * eps
        recon = self.dec(F.npx.relu(z))
        kl = -0.5 * F.np.sum(1 + logvar - mu ** 2 - F.np.exp(logvar), axis=1)
        return F.np.sum((recon - x) ** 2, axis=1) + kl, mu


vae = TinyVAE()
vae.initialize(mx.init.Normal(0.3))
vae.hybridize()
trainer = gluon.Trainer(vae.collect_params(), 'adam', {'learning_rate': 0.02})
for epoch in range(6):
    eps = np.random.normal(size=(24, 2))
    with autograd.record():
        loss, mu = vae(data, eps)
    loss.backward()
    trainer.step(24)
    print(epoch, float(loss.mean()), type(loss).__name__, mu.shape)
_, mu = vae(data, np.zeros((24, 2)))
print(mu[:12].mean(axis=0).tolist(), mu[12:].mean(axis=0).tolist())
print(np.linalg.norm(vae.enc.weight.data()).item(), vae.dec.bias.data().asnumpy().tolist())
print(npx.sigmoid(np.array([-1.0, 0.0, 2.0])).tolist(), npx.softmax(np.array([[1.0, 2.0]])).tolist())
print(np.random.uniform(size=(2,)).tolist(), npx.one_hot(np.array([1, 0]), 3).tolist())
print(npx.is_np_array(), npx.is_np_shape())
