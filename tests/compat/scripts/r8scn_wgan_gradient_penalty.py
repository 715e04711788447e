# WGAN-GP critic step: interpolates between real and fake, autograd.grad with create_graph, gradient-norm penalty
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(31)
probe = nn.Dense(1, activation='tanh', in_units=2)
probe.initialize()
xp = nd.ones((1, 2))
xp.attach_grad()
with autograd.record():
    gp = autograd.grad(probe(xp), [xp], create_graph=True)[0]
    try:
        gp.sum().backward()
    except mx.base.MXNetError as e:
        print('second order through Activation:', type(e).__name__, 'non-differentiable' in str(e))
critic = nn.HybridSequential()
critic.add(nn.Dense(8), nn.HybridLambda('tanh'), nn.Dense(1))
critic.initialize(mx.init.Normal(0.5))
gen = nn.Dense(2)
gen.initialize(mx.init.Normal(0.5))
c_tr = gluon.Trainer(critic.collect_params(), 'adam', {'learning_rate': 1e-3, 'beta1': 0.0, 'beta2': 0.9})
g_tr = gluon.Trainer(gen.collect_params(), 'adam', {'learning_rate': 1e-3, 'beta1': 0.0, 'beta2': 0.9})
lam = 10.0
for it in range(4):
    real = nd.random.normal(1.0, 0.2, shape=(8, 2))
    z = nd.random.normal(shape=(8, 3))
    fake = gen(z)
    eps = nd.random.uniform(shape=(8, 1))
    inter = eps * real + (1 - eps) * fake
    inter.attach_grad()
    with autograd.record():
        score_inter = critic(inter)
        grads = autograd.grad(score_inter, [inter], head_grads=nd.ones_like(score_inter),
                              create_graph=True, retain_graph=True)[0]
        gnorm = nd.sqrt(nd.sum(grads ** 2, axis=1) + 1e-12)
        penalty = lam * ((gnorm - 1) ** 2).mean()
        c_loss = critic(fake).mean() - critic(real).mean() + penalty
    c_loss.backward()
    c_tr.step(1)
    print(it, repr(c_loss.asscalar()), repr(penalty.asscalar()), gnorm.asnumpy().tolist()[:3])
    with autograd.record():
        g_loss = -critic(gen(z)).mean()
    g_loss.backward()
    g_tr.step(1)
    print('  g', repr(g_loss.asscalar()), gen.weight.grad().asnumpy().tolist()[0])
print(critic[0].weight.data()[0].asnumpy().tolist())
