# Weight sharing: params= between layers, a siamese network, share_parameters-style reuse, and grads that add up
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class Siamese(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Siamese, self).__init__(**kwargs)
        with self.name_scope():
            self.encoder = nn.Dense(3, activation='relu', in_units=4)
            self.head = nn.Dense(1, in_units=3)

    def hybrid_forward(self, F, a, b):
        ea, eb = self.encoder(a), self.encoder(b)
        return self.head(F.abs(ea - eb))


net = Siamese(prefix='siam_')
net.initialize(mx.init.Constant(0.1))
net.encoder.weight.set_data(nd.array([[0.1, -0.2, 0.3, 0.4], [0.5, 0.1, -0.1, 0.2], [-0.3, 0.2, 0.2, 0.1]]))
print(sorted(net.collect_params().keys()))
a = nd.array([[1, 2, 3, 4], [0, 1, 0, 1]])
b = nd.array([[4, 3, 2, 1], [1, 1, 1, 1]])
with autograd.record():
    out = net(a, b)
out.backward()
print(out.asnumpy().tolist())
print(net.encoder.weight.grad().asnumpy().tolist())

dense = nn.Dense(2, in_units=2, prefix='shared_')
tied = nn.Dense(2, in_units=2, params=dense.collect_params(), prefix='tied_')
dense.initialize(mx.init.One())
print(tied.weight is dense.weight, tied.weight.name)
x = nd.array([[1.0, -1.0]])
with autograd.record():
    y = dense(x) + tied(x * 2)
y.backward()
print(dense.weight.grad().asnumpy().tolist(), dense.bias.grad().asnumpy().tolist())

seq = nn.Sequential()
first = nn.Dense(2, in_units=2)
seq.add(first, nn.Dense(2, in_units=2, params=first.params))
seq.initialize(mx.init.Constant(0.5))
print(len(seq.collect_params().keys()), seq(x).asnumpy().tolist())
trainer = gluon.Trainer(seq.collect_params(), 'sgd', {'learning_rate': 1.0})
with autograd.record():
    l = seq(x).sum()
l.backward()
trainer.step(1)
print(first.weight.data().asnumpy().tolist(), seq[1].bias.data().asnumpy().tolist())
emb = nn.Embedding(5, 3, prefix='emb_')
emb.initialize(mx.init.Constant(0.2))
proj = nn.Dense(5, in_units=3, use_bias=False, params=emb.params)
try:
    proj.weight = emb.weight
except AssertionError as e:
    print('AssertionError', str(e)[:40])
print(proj(emb(nd.array([1, 4]))).asnumpy().tolist(), proj.weight.name)
