import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn
mx.random.seed(1)
np.random.seed(1)
ctx = mx.cpu()
batch_size = 4
z_dim = 8
n_continuous = 2
n_categories = 3

class Generator(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Generator, self).__init__(**kwargs)
        with self.name_scope():
            self.prev = nn.HybridSequential()
            self.prev.add(nn.Dense(16*2*2, use_bias=False), nn.Activation('relu'))  # no BatchNorm here: MXNet's oneDNN BatchNorm->reshape->Conv2DTranspose backward fails (is_view)
            self.G = nn.HybridSequential()
            self.G.add(nn.Conv2DTranspose(8, 4, 2, 1, use_bias=False), nn.BatchNorm(), nn.Activation('relu'))
            self.G.add(nn.Conv2DTranspose(3, 4, 2, 1, use_bias=False), nn.Activation('tanh'))

    def hybrid_forward(self, F, x):
        x = self.prev(x)
        x = F.reshape(x, (0, 16, 2, 2))
        return self.G(x)

class Discriminator(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Discriminator, self).__init__(**kwargs)
        with self.name_scope():
            self.D = nn.HybridSequential()
            self.D.add(nn.Conv2D(8, 4, 2, 1, use_bias=False), nn.LeakyReLU(0.2))
            self.D.add(nn.Conv2D(16, 4, 2, 1, use_bias=False), nn.BatchNorm(), nn.LeakyReLU(0.2))
            self.prob = nn.Dense(1)
            self.feat = nn.HybridSequential()
            self.feat.add(nn.Dense(16, use_bias=False), nn.BatchNorm(), nn.LeakyReLU(0.2))
            self.category_prob = nn.Dense(n_categories)
            self.continuous_mean = nn.Dense(n_continuous)
            self.Q = nn.HybridSequential()
            self.Q.add(self.feat, self.category_prob, self.continuous_mean)

    def hybrid_forward(self, F, x):
        x = self.D(x)
        prob = self.prob(x)
        feat = self.feat(x)
        category_prob = self.category_prob(feat)
        continuous_mean = self.continuous_mean(feat)
        return prob, category_prob, continuous_mean

generator = Generator()
generator.hybridize()
generator.initialize(mx.init.Normal(0.002), ctx=ctx)
discriminator = Discriminator()
discriminator.hybridize()
discriminator.initialize(mx.init.Normal(0.002), ctx=ctx)
lr = 0.0001
beta = 0.5
g_trainer = gluon.Trainer(generator.collect_params(), 'adam', {'learning_rate': lr, 'beta1': beta})
d_trainer = gluon.Trainer(discriminator.collect_params(), 'adam', {'learning_rate': lr, 'beta1': beta})
q_trainer = gluon.Trainer(discriminator.Q.collect_params(), 'adam', {'learning_rate': lr, 'beta1': beta})
loss1 = gluon.loss.SigmoidBinaryCrossEntropyLoss()
loss2 = gluon.loss.L2Loss()
loss3 = gluon.loss.SoftmaxCrossEntropyLoss()

def create_generator_input():
    z = mx.nd.random_normal(0, 1, shape=(batch_size, z_dim), ctx=ctx)
    label = nd.array(np.random.randint(n_categories, size=batch_size)).as_in_context(ctx)
    c1 = nd.one_hot(label, depth=n_categories).as_in_context(ctx)
    c2 = nd.random.uniform(-1, 1, shape=(batch_size, n_continuous)).as_in_context(ctx)
    return z, label, c1, c2

rs = np.random.RandomState(2)
data = nd.array(rs.uniform(-1, 1, (batch_size, 3, 8, 8)))
real_label = nd.ones((batch_size,), ctx=ctx)
fake_label = nd.zeros((batch_size,), ctx=ctx)
for epoch in range(2):
    z, label, c1, c2 = create_generator_input()
    g_input = mx.nd.concat(z, c1, c2, dim=1)
    with autograd.record():
        output_real, _, _ = discriminator(data)
        d_error_real = loss1(output_real, real_label)
        fake_image = generator(g_input)
        output_fake, _, _ = discriminator(fake_image.detach())
        d_error_fake = loss1(output_fake, fake_label)
        d_error = d_error_real + d_error_fake
    d_error.backward()
    d_trainer.step(batch_size)
    with autograd.record():
        fake_image = generator(g_input)
        output_fake, category_prob, continuous_mean = discriminator(fake_image)
        g_error = loss1(output_fake, real_label) + loss3(category_prob, label) + loss2(c2, continuous_mean)
    g_error.backward()
    g_trainer.step(batch_size)
    q_trainer.step(batch_size)
    print('epoch', epoch, 'd_error %.4f g_error %.4f' % (d_error.mean().asscalar(), g_error.mean().asscalar()))
    print(' fake', fake_image.shape, '%.5f' % fake_image.abs().mean().asscalar())
print(generator)
print(sorted(discriminator.Q.collect_params().keys()))
