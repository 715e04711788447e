"""Fake-quantization user code (patched hybrid_forward, autograd.Function STE, extra parameters, forward pre-hooks, Conv _kwargs) trains as in MXNet; hooks, apply, cast and unregistered children behave alike."""
# recorded on AVX2
import mxnet as mx, numpy as np, types
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn
mx.random.seed(11); np.random.seed(11)
class STE(autograd.Function):
    def __init__(self, scale, clip=None):
        super(STE, self).__init__(); self.scale, self.clip = scale, clip
    def forward(self, x):
        if self.clip is not None: x = x.clip(0, self.clip)
        return (x / (self.scale + 1e-10)).round() * self.scale
    def backward(self, dy):
        return dy
def qforward(self, F, x, weight, bias=None, input_max=None):
    self.cur = F.max(F.abs(x), axis=(0, 2, 3)).mean().asscalar()
    x = STE(self.cur / 255., self.cur)(x)
    num = self._kwargs['num_filter']
    mx_ = weight.abs().reshape((num, -1)).max(axis=1)
    sc = (mx_ / 127.).reshape((num, 1, 1, 1))
    return self.origin_forward(F, x, STE(sc)(weight), bias)
net = nn.Sequential()
net.add(nn.Conv2D(4, 3, padding=1, in_channels=2), nn.BatchNorm(in_channels=4), nn.Activation('relu'),
        nn.Conv2D(3, 1, use_bias=False, in_channels=4), nn.GlobalAvgPool2D(), nn.Flatten())
net.initialize(mx.init.Xavier())
print(sorted(net[0]._kwargs.items())); print(sorted(net[3]._kwargs.items()))
def hook(m, x):
    x = x[0]
    y = nd.Convolution(x, m.weight.data(), **m._kwargs) if m.bias is None else nd.Convolution(x, m.weight.data(), m.bias.data(), **m._kwargs)
    m.cmean = y.mean(axis=(0, 2, 3))
hs = []
for m in [net[0], net[3]]:
    m.input_max = m.params.get('input_max', shape=(1,), init='zeros', allow_deferred_init=True, differentiable=False)
    m.origin_forward = m.hybrid_forward
    m.hybrid_forward = types.MethodType(qforward, m)
    hs.append(m.register_forward_pre_hook(hook))
net.collect_params().initialize(mx.init.Xavier())
print([k for k in net.collect_params().keys()])
X = nd.random.uniform(-1, 1, shape=(4, 2, 5, 5)); Y = nd.array([0, 1, 2, 1])
tr = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
L = gluon.loss.SoftmaxCrossEntropyLoss()
for i in range(3):
    with autograd.record():
        l = L(net(X), Y)
    l.backward(); tr.step(4)
    print(i, l.asnumpy(), net[0].cur, net[0].cmean.asnumpy(), net[3].cmean.asnumpy())
print(net[0].weight.grad()[0, 0])
hs[0].detach()
# forward hooks on hybrid blocks, apply, cast
net2 = nn.HybridSequential()
net2.add(nn.Dense(3, activation='tanh'), nn.Dense(2))
net2.initialize()
out = []
net2[0].register_forward_hook(lambda b, i, o: out.append((b.name, getattr(i[0], 'shape', None), getattr(o, 'shape', type(o).__name__))))
net2.apply(lambda b: out.append(type(b).__name__))
net2(nd.ones((2, 5))); print(out)
net2.hybridize(); net2(nd.ones((2, 5))); print(out[-1])
net2.cast('float64'); print(net2(nd.ones((2, 5), dtype='float64')))
print(net2[0].weight.dtype, net2[0].params)
# setattr / reg_params
class B(gluon.Block):
    def __init__(self):
        super(B, self).__init__()
        self.w = gluon.Parameter('w', shape=(2, 2), init=mx.init.Constant(0.5))
        self.l = [nn.Dense(2), nn.Dense(2)]
        self.d = nn.Dense(2)
    def forward(self, x): return nd.dot(x, self.w.data()) + self.d(x)
b = B(); print(list(b._reg_params.keys()), list(b._children.keys()), list(b.collect_params().keys()))
b.initialize()
try:
    print(b(nd.ones((1, 2))))
except RuntimeError as e:
    print(type(e).__name__, str(e)[:120])
