# Custom HybridBlock with a residual branch; hybridize, export, reload with SymbolBlock.imports, compare and fine-tune
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class ResidualMLP(gluon.HybridBlock):
    def __init__(self, hidden, **kwargs):
        super(ResidualMLP, self).__init__(**kwargs)
        with self.name_scope():
            self.fc1 = nn.Dense(hidden, activation='tanh')
            self.fc2 = nn.Dense(hidden)
            self.out = nn.Dense(3)

    def hybrid_forward(self, F, x):
        h = self.fc1(x)
        h = F.relu(h + self.fc2(h))
        return self.out(h)


mx.random.seed(42)
net = ResidualMLP(6, prefix='res_')
net.initialize(mx.init.Uniform(0.3))
net.hybridize()
x = nd.array(np.linspace(-1, 1, 20).reshape(5, 4))
y1 = net(x)
print(y1.asnumpy().tolist())

tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'resmlp')
net.export(prefix, epoch=3)
print(sorted(os.listdir(tmp)))

loaded = gluon.SymbolBlock.imports(prefix + '-symbol.json', ['data'], prefix + '-0003.params')
y2 = loaded(x)
print('same:', (y1 == y2).asnumpy().all())
print(sorted(loaded.collect_params().keys()))

trainer = gluon.Trainer(loaded.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
label = nd.array([0, 1, 2, 1, 0])
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for i in range(3):
    with autograd.record():
        l = loss_fn(loaded(x), label)
    l.backward()
    trainer.step(5)
    print(i, l.asnumpy().tolist())
print(loaded(x).argmax(axis=1).asnumpy().tolist())
sym = loaded(mx.sym.var('data'))
print(sym.list_arguments())
