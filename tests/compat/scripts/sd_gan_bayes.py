# Straight Dope: GAN intro, DCGAN blocks, Bayes by backprop (sampling, log-likelihoods, softplus)
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn

mx.random.seed(7)
np.random.seed(7)
ctx = mx.cpu()

# GAN intro: 2-d gaussian data, dense generator/discriminator
X = np.random.normal(size=(20, 2))
A = np.array([[1, 2], [-0.1, 0.5]])
b = np.array([1, 2])
X = np.dot(X, A) + b
batch_size = 4
train_data = mx.io.NDArrayIter(X, np.ones((X.shape[0],)), batch_size=batch_size)
netG = nn.Sequential()
with netG.name_scope():
    netG.add(nn.Dense(2))
netD = nn.Sequential()
with netD.name_scope():
    netD.add(nn.Dense(5, activation='tanh'))
    netD.add(nn.Dense(3, activation='tanh'))
    netD.add(nn.Dense(2))
loss = gluon.loss.SoftmaxCrossEntropyLoss()
netG.initialize(mx.init.Normal(0.02), ctx=ctx)
netD.initialize(mx.init.Normal(0.02), ctx=ctx)
trainerG = gluon.Trainer(netG.collect_params(), 'adam', {'learning_rate': 0.01})
trainerD = gluon.Trainer(netD.collect_params(), 'adam', {'learning_rate': 0.05})
real_label = mx.nd.ones((batch_size,), ctx=ctx)
fake_label = mx.nd.zeros((batch_size,), ctx=ctx)
metric = mx.metric.Accuracy()

def facc(label, pred):
    pred = pred.ravel()
    label = label.ravel()
    return ((pred > 0.5) == label).mean()
metric2 = mx.metric.CustomMetric(facc)
for epoch in range(2):
    train_data.reset()
    for i, batch in enumerate(train_data):
        data = batch.data[0].as_in_context(ctx)
        latent_z = mx.nd.random_normal(0, 1, shape=(batch_size, 2), ctx=ctx)
        with autograd.record():
            real_output = netD(data)
            errD_real = loss(real_output, real_label)
            fake = netG(latent_z)
            fake_output = netD(fake.detach())
            errD_fake = loss(fake_output, fake_label)
            errD = errD_real + errD_fake
            errD.backward()
        trainerD.step(batch_size)
        metric.update([real_label, ], [real_output, ])
        metric.update([fake_label, ], [fake_output, ])
        with autograd.record():
            output = netD(fake)
            errG = loss(output, real_label)
            errG.backward()
        trainerG.step(batch_size)
    name, acc = metric.get()
    metric.reset()
    # values through dot/FullyConnected are printed rounded: their last float32 bits depend on the CPU's ISA
    print('epoch %d: %s=%f errD %.4f errG %.4f' % (epoch, name, acc, nd.mean(errD).asscalar(), nd.mean(errG).asscalar()))
print(np.round(netG[0].weight.data().asnumpy(), 6), np.round(netG[0].bias.data().asnumpy(), 6))
print(batch.data[0].dtype, batch.label[0], batch.pad, train_data.provide_data)

# DCGAN blocks
nc, ngf, ndf = 3, 2, 2
netG = nn.Sequential()
with netG.name_scope():
    netG.add(nn.Conv2DTranspose(ngf * 2, 4, 1, 0, use_bias=False))
    netG.add(nn.BatchNorm())
    netG.add(nn.Activation('relu'))
    netG.add(nn.Conv2DTranspose(ngf, 4, 2, 1, use_bias=False))
    netG.add(nn.BatchNorm())
    netG.add(nn.Activation('relu'))
    netG.add(nn.Conv2DTranspose(nc, 4, 2, 1, use_bias=False))
    netG.add(nn.Activation('tanh'))
netD = nn.Sequential()
with netD.name_scope():
    netD.add(nn.Conv2D(ndf, 4, 2, 1, use_bias=False))
    netD.add(nn.LeakyReLU(0.2))
    netD.add(nn.Conv2D(ndf * 2, 4, 2, 1, use_bias=False))
    netD.add(nn.BatchNorm())
    netD.add(nn.LeakyReLU(0.2))
    netD.add(nn.Conv2D(1, 4, 1, 0, use_bias=False))
print(netG)
print(netD)
loss = gluon.loss.SigmoidBinaryCrossEntropyLoss()
print(loss)
netG.initialize(mx.init.Normal(0.02), ctx=ctx)
netD.initialize(mx.init.Normal(0.02), ctx=ctx)
trainerG = gluon.Trainer(netG.collect_params(), 'adam', {'learning_rate': 0.0002, 'beta1': 0.5})
trainerD = gluon.Trainer(netD.collect_params(), 'adam', {'learning_rate': 0.0002, 'beta1': 0.5})
latent_z = mx.nd.random_normal(0, 1, shape=(2, 3, 1, 1), ctx=ctx)
real = nd.random.uniform(-1, 1, shape=(2, nc, 16, 16))
real_label = nd.ones((2,), ctx=ctx)
fake_label = nd.zeros((2,), ctx=ctx)
with autograd.record():
    output = netD(real).reshape((-1, 1))
    errD_real = loss(output, real_label)
    fake = netG(latent_z)
    output = netD(fake.detach()).reshape((-1, 1))
    errD_fake = loss(output, fake_label)
    errD = errD_real + errD_fake
    errD.backward()
trainerD.step(2)
print(fake.shape, np.round(fake[0, 0, :2].asnumpy(), 5))
print(np.round(errD.asnumpy(), 5))
print(np.round(netD[3].running_mean.data().asnumpy(), 6), np.round(netG[1].running_var.data().asnumpy(), 6))
print(sorted(netG.collect_params().keys())[:4])

# Bayes by backprop pieces
def relu(X):
    return nd.maximum(X, nd.zeros_like(X))

def log_softmax_likelihood(yhat_linear, y):
    return nd.nansum(y * nd.log_softmax(yhat_linear), axis=0, exclude=True)

LOG2PI = np.log(2.0 * np.pi)

def log_gaussian(x, mu, sigma):
    return -0.5 * LOG2PI - nd.log(sigma) - (x - mu) ** 2 / (2 * sigma ** 2)

def gaussian_prior(x):
    sigma_p = nd.array([np.exp(-1)], ctx=ctx)
    return nd.sum(log_gaussian(x, 0., sigma_p))

def gaussian(x, mu, sigma):
    scaling = 1.0 / nd.sqrt(2.0 * np.pi * (sigma ** 2))
    bell = nd.exp(- (x - mu) ** 2 / (2.0 * sigma ** 2))
    return scaling * bell

def scale_mixture_prior(x):
    sigma_p1 = nd.array([1.], ctx=ctx)
    sigma_p2 = nd.array([np.exp(-6)], ctx=ctx)
    pi = 0.5
    p1 = gaussian(x, 0., sigma_p1)
    p2 = gaussian(x, 0., sigma_p2)
    return nd.log(pi * p1 + (1 - pi) * p2)

def softplus(x):
    return nd.log(1. + nd.exp(x))

def combined_loss(output, label_one_hot, params, mus, sigmas, log_prior, log_likelihood):
    log_likelihood_sum = nd.sum(log_likelihood(output, label_one_hot))
    log_prior_sum = sum([nd.sum(log_prior(param)) for param in params])
    log_var_posterior_sum = sum([nd.sum(log_gaussian(params[i], mus[i], sigmas[i])) for i in range(len(params))])
    return 1.0 / 2 * (log_var_posterior_sum - log_prior_sum) - log_likelihood_sum

shapes = [(4, 3), (3,), (3, 2), (2,)]
weight_scale = .1
rho_offset = -3
mus, rhos = [], []
for shape in shapes:
    mu = nd.random_normal(shape=shape, ctx=ctx, scale=weight_scale)
    rho = rho_offset + nd.zeros(shape=shape, ctx=ctx)
    mus.append(mu)
    rhos.append(rho)
variational_params = mus + rhos
for param in variational_params:
    param.attach_grad()

def sample_epsilons(param_shapes):
    return [nd.random_normal(shape=shape, loc=0., scale=1.0, ctx=ctx) for shape in param_shapes]

def transform_rhos(rhos):
    return [softplus(rho) for rho in rhos]

def transform_gaussian_samples(mus, sigmas, epsilons):
    return [mus[j] + sigmas[j] * epsilons[j] for j in range(len(mus))]

def net(X, layer_params):
    h1 = relu(nd.dot(X, layer_params[0]) + layer_params[1])
    return nd.dot(h1, layer_params[2]) + layer_params[3]

data = nd.random_uniform(shape=(5, 4))
label = nd.array([0, 1, 1, 0, 1])
label_one_hot = nd.one_hot(label, 2)
for prior in (gaussian_prior, scale_mixture_prior):
    with autograd.record():
        epsilons = sample_epsilons(shapes)
        sigmas = transform_rhos(rhos)
        layer_params = transform_gaussian_samples(mus, sigmas, epsilons)
        output = net(data, layer_params)
        l = combined_loss(output, label_one_hot, layer_params, mus, sigmas, prior, log_softmax_likelihood)
    l.backward()
    for param in variational_params:
        param[:] = param - 0.01 * param.grad
    # mus[1].grad sums contributions that cancel: it shows the order the gradient parts are added in
    print(prior.__name__, l, rhos[3].grad, mus[1].grad)
print(nd.log_softmax(output), nd.nansum(nd.array([1, np.nan, 2])))
print(log_gaussian(nd.array([0., 1.]), 0., nd.array([1., 2.])))
print(nd.random.normal(0, 1, shape=(2, 2)), nd.random.uniform(shape=3), nd.random.gamma(2, 1, shape=2))
print(nd.random.poisson(3, shape=3), nd.random.exponential(2, shape=2), nd.random.negative_binomial(2, .5, shape=2))
print(nd.sample_normal(nd.array([0, 10]), nd.array([1, .1]), shape=2))
