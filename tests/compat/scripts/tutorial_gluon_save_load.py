"""The Gluon save/load tutorial: deprecated save_params/load_params, export, load_checkpoint into a SymbolBlock."""
import os
import tempfile
import warnings
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

mx.random.seed(5)
np.random.seed(5)
os.chdir(tempfile.mkdtemp())
data = nd.array(np.random.rand(8, 12))
label = nd.array(np.random.randint(0, 4, 8))


def build(net):
    with net.name_scope():
        net.add(gluon.nn.Dense(16, activation='relu'), gluon.nn.Dense(4))
    return net


def train(net):
    net.initialize(mx.init.Xavier())
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': .001})
    for _ in range(2):
        with autograd.record():
            loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(data), label)
        loss.backward()
        trainer.step(data.shape[0])
    print('loss', loss.shape, np.round(loss.asnumpy(), 3))   # rounded: dot's last bits depend on the CPU


net = build(gluon.nn.Sequential())
train(net)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    net.save_params('net.params')
    new_net = build(gluon.nn.Sequential())
    new_net.load_params('net.params')
print([str(w.message) for w in caught])
print(sorted(nd.load('net.params')), nd.argmax(new_net(data), axis=1))

net = build(gluon.nn.HybridSequential())
net.hybridize()
train(net)
net.export('lenet', epoch=1)
sym, arg_params, aux_params = mx.model.load_checkpoint('lenet', 1)
print(sym.list_arguments(), sorted(arg_params), aux_params)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    deserialized = gluon.nn.SymbolBlock(outputs=sym, inputs=mx.sym.var('data'))
print([str(w.message) for w in caught])
deserialized.collect_params().load('lenet-0001.params')
print(deserialized.collect_params(), (deserialized(data) - net(data)).abs().max().asscalar() < 1e-6)
try:
    build(gluon.nn.Sequential()).export('plain')
except Exception as e:
    print(type(e).__name__, e)
