# Inspecting a network: forward hooks and pre-hooks collecting activations, apply() for custom init, summary
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(140)
net = nn.HybridSequential(prefix='cls_')
with net.name_scope():
    net.add(nn.Dense(8, activation='relu'), nn.Dropout(0.5), nn.Dense(4, activation='sigmoid'), nn.Dense(2))
net.initialize(mx.init.Xavier())
activations = {}


def save_output(block, inputs, output):
    activations[block.name] = output.copy()


def check_input(block, inputs):
    print('pre', block.name, inputs[0].shape)


handles = [blk.register_forward_hook(save_output) for blk in net]
pre = net[0].register_forward_pre_hook(check_input)
x = nd.random.normal(shape=(3, 5))
y = net(x)
print(sorted(activations.keys()))
print(activations['cls_dense0'].asnumpy().tolist()[0])
print((activations['cls_dense1'] > 0.5).sum().asscalar(), activations['cls_dropout0'].shape)
for h in handles:
    h.detach()
pre.detach()
activations.clear()
net(x)
print(len(activations))


def zero_biases(block):
    if isinstance(block, nn.Dense):
        block.bias.set_data(nd.ones_like(block.bias.data()) * 0.1)


net.apply(zero_biases)
print([blk.bias.data()[0].asscalar() for blk in net if isinstance(blk, nn.Dense)])
net.summary(x)
net.hybridize()
with autograd.record():
    out = net(x)
out.backward()
print(net[3].weight.grad().asnumpy().tolist())
print(net(x).asnumpy().tolist())
hooked = []
net[2].register_forward_hook(lambda b, i, o: hooked.append(o.shape))
net(x)
print(hooked)
