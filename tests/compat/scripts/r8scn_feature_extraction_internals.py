# Feature extraction from a trained net: the traced symbol's get_internals(), a SymbolBlock sharing parameters
# over an inner output, a new head trained on frozen features
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(220)
base = nn.HybridSequential(prefix='base_')
with base.name_scope():
    base.add(nn.Dense(10, activation='relu'), nn.Dense(6, activation='tanh'), nn.Dense(3))
base.initialize(mx.init.Xavier())
X = nd.random.normal(shape=(12, 4))
base.hybridize()
base(X)
data = mx.sym.var('data')
sym = base(data)
internals = sym.get_internals()
print([n for n in internals.list_outputs() if n.endswith('_output')])
feat_sym = internals['base_dense1_tanh_fwd_output']
extractor = gluon.SymbolBlock(feat_sym, data, params=base.collect_params())
print(sorted(extractor.collect_params().keys()))
feats = extractor(X)
print(feats.shape, feats[0].asnumpy().tolist())
print(float(nd.abs(feats - base[1](base[0](X))).max().asscalar()))
multi = gluon.SymbolBlock([internals['base_dense0_relu_fwd_output'], sym], data, params=base.collect_params())
h0, out = multi(X)
print(h0.shape, out.shape, float(nd.abs(out - base(X)).max().asscalar()))

head = nn.Dense(2)
head.initialize(mx.init.Zero())
labels = (X[:, 0] > 0).astype('float32')
trainer = gluon.Trainer(head.collect_params(), 'sgd', {'learning_rate': 0.5})
for epoch in range(5):
    f = extractor(X)
    with autograd.record():
        loss = gluon.loss.SoftmaxCELoss()(head(f), labels)
    loss.backward()
    trainer.step(12)
    print(epoch, repr(loss.mean().asscalar()))
print(base[1].weight.grad().sum().asscalar(), head.weight.data().asnumpy().tolist())
print(feat_sym.list_arguments(), feat_sym.infer_shape(data=(5, 4))[1])
