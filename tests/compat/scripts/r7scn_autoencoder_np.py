# A small dense autoencoder written with mx.np / npx (numpy-style Gluon), trained with Adam and checked by mx.np ops
import mxnet as mx
from mxnet import np, npx, gluon, autograd
from mxnet.gluon import nn

npx.set_np()

mx.random.seed(17)
data = np.random.uniform(0, 1, size=(16, 8))
print(data.dtype, data.shape, type(data).__name__)


class AutoEncoder(nn.HybridBlock):
    def __init__(self):
        super(AutoEncoder, self).__init__()
        self.encoder = nn.HybridSequential()
        self.encoder.add(nn.Dense(4, activation='relu'), nn.Dense(2))
        self.decoder = nn.HybridSequential()
        self.decoder.add(nn.Dense(4, activation='relu'), nn.Dense(8, activation='sigmoid'))

    def hybrid_forward(self, F, x):
        return self.decoder(self.encoder(x))


net = AutoEncoder()
net.initialize(mx.init.Xavier())
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05})
loss_fn = gluon.loss.L2Loss()
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(data), batch_size=8)
for epoch in range(4):
    total = 0.0
    for batch in loader:
        with autograd.record():
            recon = net(batch)
            loss = loss_fn(recon, batch)
        loss.backward()
        trainer.step(batch.shape[0])
        total += float(loss.sum())
    print(epoch, repr(total))
codes = net.encoder(data)
print(codes.shape, type(codes).__name__, codes[:2].tolist())
err = np.abs(net(data) - data).mean(axis=1)
print(err.argmax().item(), repr(float(err.max())), npx.softmax(codes[:1]).tolist())
print(np.linalg.norm(codes, axis=1)[:3].tolist(), (codes > 0).sum().item())
legacy = codes.as_nd_ndarray()
print(type(legacy).__name__, legacy.asnumpy().dtype)
npx.reset_np()
