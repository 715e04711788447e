# Training steps MXNet refuses: a network cast to float64 after its trainer made float32 states (every
# optimizer with a state), update_on_kvstore=True without a kvstore on one device, hybridize(static_shape=True)
# without static_alloc: each refusal's type, last line and number of lines.
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn


def refusal(e):
    lines = str(e).strip().splitlines()
    return '%s: %s (%d lines)' % (type(e).__name__, lines[-1], len(lines))


def train(net, opt, params, cast_after_first_step=False, steps=2, **trainer_kw):
    trainer = gluon.Trainer(net.collect_params(), opt, params, **trainer_kw)
    x = nd.ones((2, 3))
    for step in range(steps):
        if step == 1 and cast_after_first_step:
            net.cast('float64')
            x = x.astype('float64')
        with autograd.record():
            loss = net(x).sum()
        loss.backward()
        trainer.step(2)
    return net.weight.data().asnumpy().ravel()[:3]


OPTIMIZERS = [('sgd', {'momentum': 0.9}), ('nag', {'momentum': 0.9}), ('adam', {}), ('rmsprop', {}),
              ('rmsprop', {'centered': True}), ('adagrad', {}), ('adadelta', {}), ('ftrl', {}), ('signum', {'momentum': 0.9}),
              ('lamb', {}), ('nadam', {}), ('ftml', {}), ('adamax', {}), ('sgd', {})]
for opt, params in OPTIMIZERS:
    net = nn.Dense(2, in_units=3)
    net.initialize(mx.init.One())
    try:
        print(opt, params, train(net, opt, dict(params, learning_rate=0.1), cast_after_first_step=True))
    except Exception as e:
        print(opt, params, refusal(e))

for kv in ('device', 'local', None):
    net = nn.Dense(2, in_units=3)
    net.initialize(mx.init.One())
    try:
        print(kv, train(net, 'sgd', {'learning_rate': 0.1}, kvstore=kv, update_on_kvstore=True))
    except Exception as e:
        print(kv, refusal(e))

net = nn.HybridSequential()
net.add(nn.Dense(2, in_units=3))
net.initialize()
net.hybridize(static_shape=True)
try:
    net(nd.ones((1, 3)))
except Exception as e:
    print('static_shape', refusal(e))

# AdaGrad's row_sparse kernel takes no weight decay: its storage refusal lists the update's parameters
for params in ({'wd': 0.01}, {'wd': 0.01, 'clip_gradient': 1.0}, {'wd': 0.5, 'clip_gradient': 0.0}):
    net = nn.Embedding(6, 2, sparse_grad=True)
    net.initialize(mx.init.One())
    trainer = gluon.Trainer(net.collect_params(), 'adagrad', dict(params, learning_rate=0.1))
    with autograd.record():
        loss = net(nd.array([1, 2])).sum()
    loss.backward()
    try:
        trainer.step(3)
    except Exception as e:
        print(params, '|'.join(str(e).strip().splitlines()[2:]))
