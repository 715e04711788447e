"""A float16 Gluon net on CPU whose backward kernels fail still lets Trainer.step (multi-precision states created from the failed weights) return, and the error is raised by the next read of the loss, as MXNet does."""
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn

mx.random.seed(3)
x = nd.random.uniform(shape=(6, 5)).astype('float16')
y = nd.array([0, 1, 2, 0, 1, 2]).astype('float16')
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for opt, params in [('sgd', {'momentum': 0.9, 'multi_precision': True}), ('nag', {'momentum': 0.9, 'multi_precision': True}),
                    ('adam', {'multi_precision': True})]:
    net = nn.HybridSequential()
    net.add(nn.Dense(8), nn.Dropout(0.5), nn.Dense(3))
    net.initialize(mx.init.Xavier())
    net.cast('float16')
    trainer = gluon.Trainer(net.collect_params(), opt, dict(params, learning_rate=0.1))
    with autograd.record():
        loss = loss_fn(net(x), y)
    loss.backward()
    trainer.step(6)
    print(opt, 'step returned')
    try:
        print(loss.mean().asscalar())
    except mx.base.MXNetError as e:
        print('reading the loss:', str(e).splitlines()[-1])
