# A sparse autoencoder: sigmoid hidden code with a KL sparsity penalty on the mean activation, tied decoder weights
# through the encoder's Parameter, denoising inputs by Dropout
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class TiedAE(nn.Block):
    def __init__(self, hidden, visible, **kwargs):
        super(TiedAE, self).__init__(**kwargs)
        with self.name_scope():
            self.noise = nn.Dropout(0.2)
            self.enc = nn.Dense(hidden, in_units=visible, activation='sigmoid')
            self.dec_bias = self.params.get('dec_bias', shape=(visible,), init=mx.init.Zero())

    def forward(self, x):
        code = self.enc(self.noise(x))
        w = self.enc.weight.data()
        recon = nd.FullyConnected(code, w.T, self.dec_bias.data(), num_hidden=x.shape[1])
        return recon, code


mx.random.seed(320)
X = (nd.random.uniform(shape=(24, 6)) > 0.5).astype('float32')
ae = TiedAE(4, 6)
ae.initialize(mx.init.Xavier())
print(sorted(ae.collect_params().keys()))
trainer = gluon.Trainer(ae.collect_params(), 'adam', {'learning_rate': 0.02})
rho, beta = 0.1, 0.5
for epoch in range(10):
    with autograd.record():
        recon, code = ae(X)
        rec = gluon.loss.SigmoidBCELoss()(recon, X).mean()
        rho_hat = code.mean(axis=0)
        kl = nd.sum(rho * nd.log(rho / rho_hat) + (1 - rho) * nd.log((1 - rho) / (1 - rho_hat)))
        loss = rec + beta * kl
    loss.backward()
    trainer.step(1)
    if epoch % 3 == 0:
        print(epoch, repr(rec.asscalar()), repr(kl.asscalar()), rho_hat.asnumpy().tolist())
recon, code = ae(X[:2])
print(nd.round(nd.sigmoid(recon)).asnumpy().tolist(), X[:2].asnumpy().tolist())
print(code.asnumpy().tolist(), ae.enc.weight.grad()[0].asnumpy().tolist())
