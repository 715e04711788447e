# Fine-tuning: freeze a feature extractor with grad_req null, select params by regex, lr_mult, different trainers
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(9)
np.random.seed(9)
features = nn.HybridSequential(prefix='features_')
with features.name_scope():
    features.add(nn.Dense(6, activation='relu'), nn.Dense(4, activation='relu'))
output = nn.Dense(2, prefix='output_')
net = nn.HybridSequential()
net.add(features, output)
net.initialize(mx.init.Xavier(rnd_type='gaussian', factor_type='out', magnitude=2))
X = nd.array(np.random.randn(6, 5))
Y = nd.array([0, 1, 1, 0, 1, 0])
net(X)
print(sorted(net.collect_params('.*output.*').keys()))
print(sorted(net.collect_params('features_dense0_weight|output_bias').keys()))
features.collect_params().setattr('grad_req', 'null')
before = features[0].weight.data().copy()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for i in range(3):
    with autograd.record():
        l = loss_fn(net(X), Y)
    l.backward()
    trainer.step(6)
    print(i, repr(l.mean().asscalar()))
print('frozen', (features[0].weight.data() == before).asnumpy().all())
print(output.weight.data().asnumpy().tolist())

features.collect_params().setattr('grad_req', 'write')
features.collect_params().setattr('lr_mult', 0.1)
trainer2 = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
net.hybridize()
for i in range(2):
    with autograd.record():
        l = loss_fn(net(X), Y)
    l.backward()
    trainer2.step(6)
print('unfrozen', repr(l.mean().asscalar()), features[1].bias.data().asnumpy().tolist())
print(features[0].weight.lr_mult, output.weight.lr_mult, output.weight.grad_req)
try:
    features[0].weight.grad_req = 'bogus'
except Exception as e:
    print(type(e).__name__)
ft = nn.Dense(2, prefix='output_')
ft.initialize(mx.init.Zero())
net2 = nn.HybridSequential()
net2.add(features, ft)
print(net2(X).asnumpy()[:2].tolist())
