import mxnet as mx
from mxnet import nd, sym
from mxnet.gluon import nn
import os, tempfile
mx.random.seed(8)

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
prog = evoke_str()
print(prog)
exec(compile(prog, '', 'exec'))

def get_net():
    net = nn.HybridSequential()
    net.add(nn.Dense(256, activation='relu'),
            nn.Dense(128, activation='relu'),
            nn.Dense(2))
    net.initialize()
    return net

x = nd.random.normal(shape=(1, 512))
net = get_net()
a = net(x)
net.hybridize()
b = net(x)
print(a.shape, (a - b).abs().max().asscalar() < 1e-5)
d = tempfile.mkdtemp()
net.export(os.path.join(d, 'my_mlp'))
print(sorted(os.listdir(d)))
s = sym.load(os.path.join(d, 'my_mlp-symbol.json'))
print(s, s.list_arguments(), s.list_outputs())
x = sym.var('data')
y = net(x)
print(y, type(y).__name__, y.list_arguments())
print(y.infer_shape(data=(1, 512)))

class HybridNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(HybridNet, self).__init__(**kwargs)
        self.hidden = nn.Dense(10)
        self.output = nn.Dense(2)

    def hybrid_forward(self, F, x):
        print('F: ', F.__name__.split('.')[-1])
        print('x: ', x)
        x = F.relu(self.hidden(x))
        print('hidden: ', x.shape if isinstance(x, nd.NDArray) else x)
        return self.output(x)

net = HybridNet()
net.initialize()
x = nd.random.normal(shape=(1, 4))
r1 = net(x)
r2 = net(x)
net.hybridize()
r3 = net(x)
r4 = net(x)
print(r1.shape, r4.shape)

def probe(name, fwd, arg):
    class B(nn.HybridBlock):
        def hybrid_forward(self, F, x):
            return fwd(F, x)
    b = B()
    b.initialize()
    b.hybridize()
    try:
        out = b(arg)
        print(name, 'ok', out)
    except Exception as e:
        print(name, type(e).__name__, e)

def idx(F, x):
    return x[0,0]
def dtype(F, x):
    if x.dtype == 'float16':
        return x
    return x*2
def ctx(F, x):
    if x.context == mx.cpu():
        return x
    return x*2
def shape(F, x):
    return x*x.shape[0]
def assign(F, x):
    x[0] = 2
    return x
for name, f in [('index', idx), ('dtype', dtype), ('context', ctx), ('shape', shape), ('assign', assign)]:
    probe(name, f, nd.ones((2, 3)))
x = mx.nd.array([1,2,3])
value = mx.nd.ones_like(x)*2
condition = mx.nd.array([0,1,1])
print(mx.nd.where(condition=condition, x=x, y=value))
def reshape0(F, x):
    return F.reshape(x, (0, 0, -1))
probe('reshape', reshape0, nd.ones((2, 3, 2, 2)))
