# Straight Dope: CNN and batch norm from scratch and gluon, deep CNN blocks, hybridize and export
import os
import tempfile
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn

mx.random.seed(8)
np.random.seed(8)
ctx = mx.cpu()
tmp = tempfile.mkdtemp()

# convolution / pooling from scratch
W = nd.ones(shape=(1, 1, 2, 2))
b = nd.ones(shape=1)
data = nd.arange(9).reshape((1, 1, 3, 3))
out = nd.Convolution(data, W, b, kernel=W.shape[2:], num_filter=W.shape[1])
print(out)
out = nd.Convolution(data, W, b, kernel=W.shape[2:], num_filter=W.shape[1], stride=(2, 2), pad=(1, 1))
print(out)
W2 = nd.ones(shape=(1, 2, 2, 2))
data2 = nd.arange(18).reshape((1, 2, 3, 3))
print(nd.Convolution(data2, W2, b, kernel=W2.shape[2:], num_filter=W2.shape[0]))
print(nd.Pooling(data=data, pool_type="max", kernel=(2, 2), stride=(2, 2)))
print(nd.Pooling(data=data, pool_type="avg", kernel=(2, 2), stride=(1, 1)))
print(nd.Pooling(data=data, pool_type="max", kernel=(2, 2), stride=(2, 2), pooling_convention='full'))

W1 = nd.random_normal(shape=(4, 1, 3, 3), scale=.01)
b1 = nd.random_normal(shape=4, scale=.01)
W3 = nd.random_normal(shape=(16, 5), scale=.01)
b3 = nd.random_normal(shape=5, scale=.01)
params = [W1, b1, W3, b3]
for p in params:
    p.attach_grad()

def relu(X):
    return nd.maximum(X, nd.zeros_like(X))

def softmax_cross_entropy(yhat_linear, y):
    return - nd.nansum(y * nd.log_softmax(yhat_linear), axis=0, exclude=True)

def net(X, debug=False):
    h1_conv = nd.Convolution(data=X, weight=W1, bias=b1, kernel=(3, 3), num_filter=4)
    h1_activation = relu(h1_conv)
    if debug:
        print("h1 shape: %s" % (np.array(h1_conv.shape)))
    h1 = nd.Pooling(data=h1_activation, pool_type="avg", kernel=(2, 2), stride=(2, 2))
    h1 = nd.flatten(h1)
    if debug:
        print("Flat h1 shape: %s" % (np.array(h1.shape)))
    return nd.dot(h1, W3) + b3

X = nd.random.uniform(shape=(2, 1, 6, 6))
label = nd.array([1, 3])
out = net(X, debug=True)
print(out.shape)
with autograd.record():
    loss = softmax_cross_entropy(net(X), nd.one_hot(label, 5))
loss.backward()
print(np.round(loss.asnumpy(), 5), np.round(W3.grad[:2].asnumpy(), 6))

# batch norm from scratch
def pure_batch_norm(X, gamma, beta, eps=1e-5):
    if len(X.shape) not in (2, 4):
        raise ValueError('only supports dense or 2dconv')
    if len(X.shape) == 2:
        mean = nd.mean(X, axis=0)
        variance = nd.mean((X - mean) ** 2, axis=0)
        X_hat = (X - mean) * 1.0 / nd.sqrt(variance + eps)
        out = gamma * X_hat + beta
    elif len(X.shape) == 4:
        N, C, H, W = X.shape
        mean = nd.mean(X, axis=(0, 2, 3))
        variance = nd.mean((X - mean.reshape((1, C, 1, 1))) ** 2, axis=(0, 2, 3))
        X_hat = (X - mean.reshape((1, C, 1, 1))) * 1.0 / nd.sqrt(variance.reshape((1, C, 1, 1)) + eps)
        out = gamma.reshape((1, C, 1, 1)) * X_hat + beta.reshape((1, C, 1, 1))
    return out

A = nd.array([1, 7, 5, 4, 6, 10], ctx=ctx).reshape((3, 2))
print(pure_batch_norm(A, gamma=nd.array([1, 1], ctx=ctx), beta=nd.array([0, 0], ctx=ctx)))
B = nd.array([1, 6, 5, 7, 4, 3, 2, 5, 6, 3, 2, 4, 5, 3, 2, 5, 6], ctx=ctx)[:16].reshape((2, 2, 2, 2))
print(pure_batch_norm(B, gamma=nd.array([1, 1], ctx=ctx), beta=nd.array([0, 0], ctx=ctx)))
try:
    pure_batch_norm(nd.ones((2, 2, 2)), nd.ones(2), nd.zeros(2))
except ValueError as e:
    print('ValueError', e)

def batch_norm(X, gamma, beta, momentum=0.9, eps=1e-5, scope_name='', is_training=True, debug=False):
    global _BN_MOVING_MEANS, _BN_MOVING_VARS
    N, C, H, W = X.shape
    if is_training:
        mean = nd.mean(X, axis=(0, 2, 3))
        variance = nd.mean((X - mean.reshape((1, C, 1, 1))) ** 2, axis=(0, 2, 3))
        try:
            _BN_MOVING_MEANS[scope_name] = momentum * _BN_MOVING_MEANS[scope_name] + (1.0 - momentum) * mean
            _BN_MOVING_VARS[scope_name] = momentum * _BN_MOVING_VARS[scope_name] + (1.0 - momentum) * variance
        except KeyError:
            _BN_MOVING_MEANS[scope_name] = mean
            _BN_MOVING_VARS[scope_name] = variance
    else:
        mean = _BN_MOVING_MEANS[scope_name]
        variance = _BN_MOVING_VARS[scope_name]
    X_hat = (X - mean.reshape((1, C, 1, 1))) * 1.0 / nd.sqrt(variance.reshape((1, C, 1, 1)) + eps)
    return gamma.reshape((1, C, 1, 1)) * X_hat + beta.reshape((1, C, 1, 1))

_BN_MOVING_MEANS, _BN_MOVING_VARS = {}, {}
gamma = nd.random_normal(shape=2, scale=.1) + 1
beta = nd.zeros(2)
gamma.attach_grad(); beta.attach_grad()
for it in range(2):
    with autograd.record():
        o = batch_norm(B, gamma, beta, scope_name='bn1')
    o.backward(nd.arange(16).reshape(o.shape) / 10)
print(gamma.grad, beta.grad, _BN_MOVING_MEANS['bn1'], _BN_MOVING_VARS['bn1'])
print(batch_norm(B, gamma, beta, scope_name='bn1', is_training=False)[0, 0])

# nd.BatchNorm and gluon BatchNorm in and out of training
g = nd.ones(2); bt = nd.zeros(2); mm = nd.zeros(2); mv = nd.ones(2)
print(nd.BatchNorm(B, g, bt, mm, mv, fix_gamma=False))
bn = nn.BatchNorm(axis=1, center=True, scale=True)
bn.initialize()
with autograd.record():
    o = bn(B)
o.backward()
print(o[0, 0], bn.running_mean.data(), bn.running_var.data(), bn.gamma.grad())
print(bn(B)[0, 0])
print(bn)

# gluon CNN with batch norm, deep-CNN blocks, hybridize and export
def mlpconv(channels, kernel_size, padding, strides=1, max_pooling=True):
    out = nn.HybridSequential()
    out.add(nn.Conv2D(channels=channels, kernel_size=kernel_size, strides=strides, padding=padding, activation='relu'),
            nn.Conv2D(channels=channels, kernel_size=1, padding=0, strides=1, activation='relu'),
            nn.Conv2D(channels=channels, kernel_size=1, padding=0, strides=1, activation='relu'))
    if max_pooling:
        out.add(nn.MaxPool2D(pool_size=3, strides=2))
    return out

def vgg_block(num_convs, channels):
    out = nn.HybridSequential()
    for _ in range(num_convs):
        out.add(nn.Conv2D(channels=channels, kernel_size=3, padding=1, activation='relu'))
    out.add(nn.MaxPool2D(pool_size=2, strides=2))
    return out

net = nn.HybridSequential()
with net.name_scope():
    net.add(nn.Conv2D(channels=4, kernel_size=3, use_bias=False))
    net.add(nn.BatchNorm(axis=1, center=True, scale=True))
    net.add(nn.Activation(activation='relu'))
    net.add(nn.MaxPool2D(pool_size=2, strides=2))
    net.add(vgg_block(1, 4))
    net.add(mlpconv(4, 1, 0, max_pooling=False))
    net.add(nn.GlobalAvgPool2D())
    net.add(nn.Flatten())
    net.add(nn.Dropout(.5))
    net.add(nn.Dense(5))
net.collect_params().initialize(mx.init.Xavier(magnitude=2.24), ctx=ctx)
print(net)
x = nd.random.uniform(shape=(2, 1, 10, 10))
o1 = net(x)
net.hybridize()
o2 = net(x)
print(o1.shape, (o1 - o2).abs().max().asscalar() < 1e-5)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': .1})
scel = gluon.loss.SoftmaxCrossEntropyLoss()
with autograd.record():
    l = scel(net(x), nd.array([1, 2]))
l.backward()
trainer.step(2)
print(np.round(l.asnumpy(), 4), np.round(net[1].running_mean.data().asnumpy(), 5))
net.export(os.path.join(tmp, 'cnn'), epoch=3)
print(sorted(os.listdir(tmp)))
sym = mx.sym.load(os.path.join(tmp, 'cnn-symbol.json'))
print(sym.list_arguments()[:4], sym.list_outputs())
net2 = gluon.SymbolBlock.imports(os.path.join(tmp, 'cnn-symbol.json'), ['data'], os.path.join(tmp, 'cnn-0003.params'))
print((net2(x) - net(x)).abs().max().asscalar() < 1e-5)
s = net(mx.sym.var('data'))
print(type(s).__name__, s.infer_shape(data=(2, 1, 10, 10))[1])
print(len(s.get_internals().list_outputs()))

# the hybridize chapter
class HybridNet(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(HybridNet, self).__init__(**kwargs)
        with self.name_scope():
            self.fc1 = nn.Dense(3)
            self.fc2 = nn.Dense(2)

    def hybrid_forward(self, F, x):
        print(F.__name__.split('.')[-1], type(x).__name__)
        x = F.relu(self.fc1(x))
        print(F.__name__.split('.')[-1], type(x).__name__)
        return self.fc2(x)

hnet = HybridNet()
hnet.initialize()
x = nd.random.normal(shape=(1, 4))
print(hnet(x))
hnet.hybridize()
print(hnet(x))
print(hnet(x))
y = hnet(mx.sym.var('input'))
print(y)
print(y.tojson()[:60])
def get_net():
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Dense(4, activation="relu"), nn.Dense(2))
    net.initialize()
    return net
x = mx.sym.var('data')
y = get_net()(x)
print(y.list_arguments())
print(y.infer_shape(data=(3, 5)))
