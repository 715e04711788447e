# SimCLR-style contrastive learning on toy vectors: two noisy views, cosine similarity matrix, NT-Xent loss
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(90)
B, D, tau = 6, 5, 0.5
base = nd.random.normal(shape=(B, D))
encoder = nn.HybridSequential()
encoder.add(nn.Dense(8, activation='relu'), nn.Dense(4))
encoder.initialize(mx.init.Xavier())
encoder.hybridize()


def nt_xent(z1, z2):
    z = nd.L2Normalization(nd.concat(z1, z2, dim=0))
    sim = nd.dot(z, z, transpose_b=True) / tau
    n = 2 * B
    sim = sim - nd.eye(n) * 1e9
    targets = nd.concat(nd.arange(B, n), nd.arange(0, B), dim=0)
    return gluon.loss.SoftmaxCrossEntropyLoss()(sim, targets).mean(), sim


trainer = gluon.Trainer(encoder.collect_params(), 'lamb', {'learning_rate': 0.05})
for step in range(6):
    v1 = base + 0.2 * nd.random.normal(shape=(B, D))
    v2 = base * nd.random.uniform(0.8, 1.2, shape=(B, D))
    with autograd.record():
        loss, sim = nt_xent(encoder(v1), encoder(v2))
    loss.backward()
    trainer.step(1)
    print(step, repr(loss.asscalar()), sim[0, B:].argmax().asscalar())
z = nd.L2Normalization(encoder(base))
print(nd.dot(z, z, transpose_b=True)[0].asnumpy().tolist())
print(encoder[1].bias.data().asnumpy().tolist())
print(nd.eye(3, k=1).asnumpy().tolist(), nd.eye(2, 3, k=-1).asnumpy().tolist())
