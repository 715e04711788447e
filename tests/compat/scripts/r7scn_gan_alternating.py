# A tiny GAN on 1-D data: generator and discriminator with separate Trainers, detach, label smoothing
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(13)
real = nd.random.normal(3.0, 0.5, shape=(32, 1))
noise = nd.random.uniform(-1, 1, shape=(32, 2))
gen = nn.Sequential()
gen.add(nn.Dense(8, activation='tanh'), nn.Dense(1))
disc = nn.Sequential()
disc.add(nn.Dense(8, activation='relu'), nn.Dense(1))
gen.initialize(mx.init.Normal(0.3))
disc.initialize(mx.init.Normal(0.3))
g_tr = gluon.Trainer(gen.collect_params(), 'adam', {'learning_rate': 0.01, 'beta1': 0.5})
d_tr = gluon.Trainer(disc.collect_params(), 'adam', {'learning_rate': 0.01, 'beta1': 0.5})
bce = gluon.loss.SigmoidBCELoss()
ones, zeros = nd.ones((32,)) * 0.9, nd.zeros((32,))
for step in range(5):
    fake = gen(noise)
    with autograd.record():
        d_loss = bce(disc(real), ones) + bce(disc(fake.detach()), zeros)
    d_loss.backward()
    d_tr.step(32)
    with autograd.record():
        g_loss = bce(disc(gen(noise)), nd.ones((32,)))
    g_loss.backward()
    g_tr.step(32)
    print(step, repr(d_loss.mean().asscalar()), repr(g_loss.mean().asscalar()), repr(fake.mean().asscalar()))
print(gen[1].bias.data().asnumpy().tolist(), disc[1].bias.data().asnumpy().tolist())
print(disc[0].weight.grad()[:2].asnumpy().tolist())
