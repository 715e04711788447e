# Gluon nn layer outputs and parameters with fixed seeds; collect_params names and order.
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
import numpy as np


def show(label, x):
    a = x.asnumpy().astype(np.float64)
    print(label, x.shape, x.dtype, round(float(a.sum()), 4) + 0.0, np.round(a.ravel()[:6], 4).tolist())


def params_of(block):
    return [(k, v.shape) for k, v in block.collect_params().items()]


mx.random.seed(42)
x = nd.random.uniform(-1, 1, shape=(2, 3, 5, 5))
for layer in [nn.Conv2D(4, 3, padding=1), nn.Conv2D(6, 3, groups=3, in_channels=3, strides=2),
              nn.Conv2D(2, 3, dilation=2, use_bias=False), nn.Conv2DTranspose(2, 3, strides=2, output_padding=1),
              nn.BatchNorm(), nn.BatchNorm(center=False, scale=False), nn.InstanceNorm(), nn.LayerNorm(axis=1),
              nn.GroupNorm(num_groups=3), nn.MaxPool2D(3, 2, 1), nn.AvgPool2D(3, 2, 1, count_include_pad=False),
              nn.GlobalAvgPool2D(), nn.Dense(3), nn.Dense(2, flatten=False), nn.Flatten(), nn.PReLU(), nn.ELU(),
              nn.SELU(), nn.Swish(), nn.GELU(), nn.LeakyReLU(0.2), nn.ReflectionPad2D(1)]:
    mx.random.seed(7)
    layer.initialize()
    y = layer(x)
    print(type(layer).__name__, params_of(layer))
    show("  out", y)

xn = nd.random.uniform(-1, 1, shape=(2, 4, 5))
for layer in [nn.Conv1D(3, 2), nn.Conv1DTranspose(2, 3), nn.MaxPool1D(2), nn.AvgPool1D(3, 1, 1), nn.GlobalMaxPool1D()]:
    mx.random.seed(3)
    layer.initialize()
    show(type(layer).__name__, layer(xn))

emb = nn.Embedding(6, 3)
mx.random.seed(1)
emb.initialize()
show("emb", emb(nd.array([[0, 5], [2, 2]])))
emb2 = nn.Embedding(6, 3, sparse_grad=True)
emb2.initialize()
with autograd.record():
    out = emb2(nd.array([1, 3]))
out.backward()
g = emb2.weight.grad()
print(type(g).__name__, g.stype, g.shape, g.indices.asnumpy().tolist(), g.data.asnumpy().tolist())
emb2.collect_params().zero_grad()
print(type(emb2.weight.grad()).__name__, emb2.weight.grad().indices.asnumpy().tolist())

# BatchNorm training updates running stats
bn = nn.BatchNorm(momentum=0.5)
bn.initialize()
with autograd.record():
    bn(x)
show("running_mean", bn.running_mean.data())
show("running_var", bn.running_var.data())
print(params_of(bn), [p.grad_req for p in bn.collect_params().values()])

# Dropout in train/predict
d = nn.Dropout(0.5)
mx.random.seed(11)
with autograd.train_mode():
    show("dropout train", d(nd.ones((2, 6))))
show("dropout predict", d(nd.ones((2, 6))))
d2 = nn.Dropout(0.5, axes=(1,))
mx.random.seed(11)
with autograd.train_mode():
    show("dropout axes", d2(nd.ones((2, 3, 2))))

# collect_params with name scopes, prefixes, nested blocks and regex select
class Net(nn.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.dense0 = nn.Dense(4)
            self.body = nn.HybridSequential()
            with self.body.name_scope():
                self.body.add(nn.Dense(3), nn.BatchNorm())
            self.out = nn.Dense(2, prefix="final_")

    def hybrid_forward(self, F, x):
        return self.out(self.body(self.dense0(x)))


net = Net()
print(net.prefix, net.name, net.dense0.name, net.body.prefix, net.out.prefix)
print(list(net.collect_params().keys()))
print(list(net.collect_params(".*weight").keys()))
print(list(net.collect_params("net0_hybridsequential0_.*|.*bias").keys()))
net2 = Net(prefix="custom_")
print(list(net2.collect_params().keys()))
anon = nn.Dense(2)
print(anon.name, nn.Dense(2).name, nn.Conv2D(1, 1).name, nn.BatchNorm().prefix)
shared = nn.Dense(4, params=net.dense0.collect_params())
print(shared.weight is net.dense0.weight, shared.prefix)
mx.random.seed(0)
net.initialize()
show("net", net(nd.ones((2, 5))))
net.hybridize()
show("hybrid", net(nd.ones((2, 5))))
print(net)
