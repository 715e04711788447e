"""The Gluon hybridize tutorial: hybrid_forward sees NDArrays, then one Symbol; export and SymbolBlock.imports;
and the contexts a hybridized block accepts (one, and the parameters' own)."""
import os
import tempfile
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn

mx.random.seed(42)
os.chdir(tempfile.mkdtemp())


class Net(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Net, self).__init__(**kwargs)
        with self.name_scope():
            self.fc1 = nn.Dense(6)
            self.fc3_weight = self.params.get('fc3_weight', shape=(3, 6))

    def hybrid_forward(self, F, x, fc3_weight):
        print(type(x).__name__, x if isinstance(x, mx.sym.Symbol) else x.shape, fc3_weight)
        return F.dot(F.relu(self.fc1(x)), fc3_weight, transpose_b=True)


net = Net()
net.initialize()
x = nd.random_normal(shape=(4, 5))
print(net(x).shape)
net.hybridize()
print(net(x).shape)
print(net(x).shape)          # the cached graph: hybrid_forward is not called again
net.hybridize(static_alloc=True, static_shape=True)
out = net(x)
net.export('model', epoch=1)
net2 = gluon.SymbolBlock.imports('model-symbol.json', ['data'], 'model-0001.params')
print(net2, (net2(x) - out).abs().max().asscalar() < 1e-6)


def attempt(what, fn):
    try:
        print(what, 'ok', fn().context)
    except (mx.base.MXNetError, ValueError, RuntimeError) as e:
        print(what, type(e).__name__, str(e).splitlines()[-1].replace('MXNetError: ', ''))


shared = mx.Context('cpu_shared', 0)
dense = nn.Dense(2, in_units=3)
dense.initialize()
attempt('imperative, shared input', lambda: dense(nd.ones((2, 3), ctx=shared)))
dense.hybridize()
attempt('hybridized, shared input', lambda: dense(nd.ones((2, 3), ctx=shared)))
attempt('hybridized, cpu(1) input', lambda: dense(nd.ones((2, 3), ctx=mx.cpu(1))))
attempt('hybridized, cpu input', lambda: dense(nd.ones((2, 3))))
both = nn.Dense(2, in_units=3)
both.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
both.hybridize()
attempt('two contexts, cpu(1) input', lambda: both(nd.ones((2, 3), ctx=mx.cpu(1))))
attempt('two contexts, cpu(2) input', lambda: both(nd.ones((2, 3), ctx=mx.cpu(2))))
relu = nn.Activation('relu')
relu.hybridize()
attempt('no parameters, shared input', lambda: relu(nd.ones((2, 3), ctx=shared)))


class Add(gluon.HybridBlock):
    def hybrid_forward(self, F, a, b):
        return a + b


add = Add()
add.hybridize()
attempt('inputs on two contexts', lambda: add(nd.ones((2,)), nd.ones((2,), ctx=shared)))
