"""d2l-zh hybrid programming: HybridBlock with F, hybridize, export and SymbolBlock.imports, symbolic programs with
mx.sym, asynchronous computation (wait_to_read / waitall)."""
import os
import tempfile

import numpy as np

import mxnet as mx
from mxnet import gluon, nd, sym
from mxnet.gluon import nn

mx.random.seed(7)
np.random.seed(7)


# imperative vs symbolic programs as strings compiled by Python
def add_str():
    return '''
def add(a, b):
    return a + b
'''


def fancy_func_str():
    return '''
def fancy_func(a, b, c, d):
    e = add(a, b)
    f = add(c, d)
    g = add(e, f)
    return g
'''


def evoke_str():
    return add_str() + fancy_func_str() + '''
print(fancy_func(1, 2, 3, 4))
'''


exec(compile(evoke_str(), '', 'exec'))


def get_net():
    net = nn.HybridSequential()
    net.add(nn.Dense(16, activation='relu'), nn.Dense(8, activation='relu'), nn.Dense(2))
    net.initialize()
    return net


x = nd.random.normal(shape=(1, 32))
net = get_net()
print(net(x))
net.hybridize()
print(net(x))
print(net)


class HybridNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(HybridNet, self).__init__(**kwargs)
        self.hidden = nn.Dense(10)
        self.output = nn.Dense(2)

    def hybrid_forward(self, F, x):
        print('F: ', F.__name__.split('.')[-1])
        print('x: ', x)
        x = F.relu(self.hidden(x))
        print('hidden: ', x)
        return self.output(x)


net = HybridNet()
net.initialize()
x = nd.random.normal(shape=(1, 4))
net(x)
net(x)
net.hybridize()
net(x)
net(x)
print(net(x))

# symbolic graph of a hybridized block
data = sym.var('data')
with mx.name.NameManager():
    net2 = get_net()
    net2.hybridize()
    out_sym = net2(data)
print(out_sym)
print(out_sym.list_arguments())
print(out_sym.infer_shape(data=(3, 32)))

# export / imports
net = get_net()
net.hybridize()
x = nd.random.normal(shape=(2, 32))
y = net(x)
with tempfile.TemporaryDirectory() as tmp:
    prefix = os.path.join(tmp, 'my_mlp')
    net.export(prefix, epoch=3)
    print(sorted(os.listdir(tmp)))
    imported = gluon.SymbolBlock.imports(prefix + '-symbol.json', ['data'], prefix + '-0003.params')
    print(imported)
    print((imported(x) - y).abs().max().asscalar())
    print(sorted(imported.collect_params().keys()))
    s, arg_params, aux_params = mx.model.load_checkpoint(prefix, 3)
    print(s.list_outputs(), sorted(arg_params), aux_params)
    ex = s.bind(mx.cpu(), dict(arg_params, data=x))
    print((ex.forward()[0] - y).abs().max().asscalar())
    net.save_parameters(os.path.join(tmp, 'p.params'))
    net2 = get_net()
    net2.load_parameters(os.path.join(tmp, 'p.params'))
    print((net2(x) - y).abs().max().asscalar())
    try:
        net.export(os.path.join(tmp, 'never'), epoch=0) if False else get_net().export(os.path.join(tmp, 'x'))
    except RuntimeError as err:
        print('export before forward:', type(err).__name__)

# mx.sym programs
a = sym.var('a')
b = sym.var('b')
c = a + b
d = sym.FullyConnected(data=c, num_hidden=3, name='fc')
e = sym.Activation(d, act_type='relu', name='act')
print(e, e.list_arguments(), e.list_outputs())
arg_shapes, out_shapes, aux_shapes = e.infer_shape(a=(2, 4), b=(2, 4))
print(arg_shapes, out_shapes, aux_shapes)
ex = e.bind(mx.cpu(), {'a': nd.ones((2, 4)), 'b': nd.ones((2, 4)), 'fc_weight': nd.ones((3, 4)) * 0.1,
                       'fc_bias': nd.array([0, -1, 1])})
print(ex.forward()[0])
ex2 = e.simple_bind(mx.cpu(), a=(2, 4), b=(2, 4))
print(sorted(ex2.arg_dict), ex2.arg_dict['fc_weight'].shape)
print(e.tojson()[:60].replace(' ', ''))
g = sym.Group([d, e])
print(g.list_outputs(), len(g))
print(e.get_internals().list_outputs())

# asynchronous computation
a = nd.ones((1, 2))
b = nd.ones((1, 2))
c = a * b + 2
print(c)
y = nd.random.uniform(shape=(200, 200))
z = nd.dot(y, y)
z.wait_to_read()
print(z.shape)
for _ in range(10):
    y = x + 1
    y.wait_to_read()
nd.waitall()
print(y.sum().asscalar() == (x + 1).sum().asscalar(), type(y.sum().asnumpy()).__name__)
print(y.asscalar() if y.size == 1 else y[0, :3].asnumpy().round(5))
mx.nd.waitall()
# asynchronous error surfacing
try:
    bad = nd.dot(nd.ones((2, 3)), nd.ones((4, 5)))
    bad.wait_to_read()
except mx.base.MXNetError as err:
    print('dot mismatch:', type(err).__name__)
