# Adversarial examples with the fast gradient sign method (MXNet's example/adversary): input gradients,
# sign perturbations of several sizes, accuracy under attack, and adversarial training for a few steps
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(280)
X = nd.random.normal(shape=(40, 4))
y = (nd.dot(X, nd.array([1.0, -1.0, 0.5, 0.0])) > 0).astype('float32')
net = nn.HybridSequential()
net.add(nn.Dense(16, activation='relu'), nn.Dense(2))
net.initialize(mx.init.Xavier())
net.hybridize()
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05})
for _ in range(25):
    with autograd.record():
        l = loss_fn(net(X), y)
    l.backward()
    trainer.step(40)


def accuracy(data):
    return (net(data).argmax(axis=1) == y).mean().asscalar()


def fgsm(data, eps):
    data = data.copy()
    data.attach_grad()
    with autograd.record():
        l = loss_fn(net(data), y)
    l.backward()
    return data + eps * nd.sign(data.grad), data.grad


print('clean', accuracy(X))
for eps in (0.05, 0.2, 0.5):
    adv, g = fgsm(X, eps)
    print(eps, accuracy(adv), repr(nd.abs(adv - X).max().asscalar()), g[0].asnumpy().tolist())
for step in range(5):
    adv, _ = fgsm(X, 0.2)
    with autograd.record():
        l = 0.5 * loss_fn(net(X), y) + 0.5 * loss_fn(net(adv), y)
    l.backward()
    trainer.step(40)
    print(step, repr(l.mean().asscalar()), accuracy(fgsm(X, 0.2)[0]))
