"""d2l-zh multi-device training written for a list of cpu contexts: auto-parallel copies, split_and_load,
gluon.utils.split_data, allreduce helpers without kvstore, copyto, a few training steps (scratch and gluon)."""
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn, utils as gutils

mx.random.seed(8)
np.random.seed(8)

# auto-parallelism: compute and copy on cpu
x_cpu = nd.random.uniform(shape=(50, 50))
y = [nd.dot(x_cpu, x_cpu) for _ in range(3)]
nd.waitall()
y_copy = [v.copyto(mx.cpu()) for v in y]
nd.waitall()
print(len(y_copy), y_copy[0].context, (y_copy[0] - y[0]).abs().sum().asscalar())
z = nd.zeros((50, 50))
r = y[1].copyto(z)
print(r is z, (z - y[1]).abs().sum().asscalar())
print(y[0].as_in_context(mx.cpu()) is y[0], y[0].as_in_context(mx.cpu(0)) is y[0])
print(mx.cpu(), mx.cpu(1), mx.cpu(0) == mx.cpu(), mx.current_context(), mx.Context('cpu', 2))
print(x_cpu.copyto(mx.cpu(1)).context)

# scratch LeNet data-parallel
scale = 0.01
W1 = nd.random.normal(scale=scale, shape=(4, 1, 3, 3))
b1 = nd.zeros(shape=4)
W2 = nd.random.normal(scale=scale, shape=(8, 4, 5, 5))
b2 = nd.zeros(shape=8)
W3 = nd.random.normal(scale=scale, shape=(32, 16))
b3 = nd.zeros(shape=16)
W4 = nd.random.normal(scale=scale, shape=(16, 10))
b4 = nd.zeros(shape=10)
params = [W1, b1, W2, b2, W3, b3, W4, b4]


def lenet(X, params):
    h1_conv = nd.Convolution(data=X, weight=params[0], bias=params[1], kernel=(3, 3), num_filter=4)
    h1_activation = nd.relu(h1_conv)
    h1 = nd.Pooling(data=h1_activation, pool_type='avg', kernel=(2, 2), stride=(2, 2))
    h2_conv = nd.Convolution(data=h1, weight=params[2], bias=params[3], kernel=(5, 5), num_filter=8)
    h2_activation = nd.relu(h2_conv)
    h2 = nd.Pooling(data=h2_activation, pool_type='avg', kernel=(2, 2), stride=(2, 2))
    h2 = nd.flatten(h2)
    h3_linear = nd.dot(h2, params[4]) + params[5]
    h3 = nd.relu(h3_linear)
    y_hat = nd.dot(h3, params[6]) + params[7]
    return y_hat


loss = gloss.SoftmaxCrossEntropyLoss()


def get_params(params, ctx):
    new_params = [p.copyto(ctx) for p in params]
    for p in new_params:
        p.attach_grad()
    return new_params


new_params = get_params(params, mx.cpu(0))
print('b1 weight:', new_params[1])
print('b1 grad:', new_params[1].grad)


def allreduce(data):
    for i in range(1, len(data)):
        data[0][:] += data[i].copyto(data[0].context)
    for i in range(1, len(data)):
        data[0].copyto(data[i])


data = [nd.ones((1, 2), ctx=mx.cpu(i)) * (i + 1) for i in range(2)]
print('before allreduce:', data)
allreduce(data)
print('after allreduce:', data)


def split_and_load(data, ctx):
    n, k = data.shape[0], len(ctx)
    m = n // k
    assert m * k == n, '# examples is not divided by # devices.'
    return [data[i * m: (i + 1) * m].as_in_context(ctx[i]) for i in range(k)]


batch = nd.arange(24).reshape((6, 4))
ctx = [mx.cpu(0), mx.cpu(1)]
splitted = split_and_load(batch, ctx)
print('input: ', batch)
print('load into', ctx)
print('output:', splitted)
print(gutils.split_and_load(batch, ctx))
print(gutils.split_data(batch, 2))
print(gutils.split_data(nd.arange(10), 3, even_split=False))
print(gutils.split_data(nd.arange(12).reshape((3, 4)), 2, batch_axis=1))
try:
    gutils.split_data(nd.arange(10), 3)
except ValueError as err:
    print('uneven:', err)
print(gutils.split_and_load(nd.arange(6), [mx.cpu()]))
print(gutils.split_and_load(np.arange(4.0), ctx))

X_all = nd.random.uniform(shape=(8, 1, 20, 20))
y_all = nd.array(np.random.randint(0, 10, 8))


def train_batch(X, y, gpu_params, ctx, lr):
    gpu_Xs, gpu_ys = split_and_load(X, ctx), split_and_load(y, ctx)
    with autograd.record():
        ls = [loss(lenet(gpu_X, gpu_W), gpu_y) for gpu_X, gpu_y, gpu_W in zip(gpu_Xs, gpu_ys, gpu_params)]
    for l in ls:
        l.backward()
    for i in range(len(gpu_params[0])):
        allreduce([gpu_params[c][i].grad for c in range(len(ctx))])
    for param in gpu_params:
        for p in param:
            p[:] = p - lr * p.grad / X.shape[0]
    return sum(l.sum().asscalar() for l in ls)


for num_dev in (1, 2):
    ctxs = [mx.cpu(i) for i in range(num_dev)]
    gpu_params = [get_params(params, c) for c in ctxs]
    for epoch in range(3):
        l = train_batch(X_all, y_all, gpu_params, ctxs, 0.5)
        nd.waitall()
        print('devices %d epoch %d loss %.4f' % (num_dev, epoch, l))
    print([p[0].context for p in gpu_params], gpu_params[0][7].asnumpy().round(4))


# gluon ResNet-ish small net on a list of contexts
def resnet_small(num_classes):
    def resnet_block(num_channels, num_residuals, first_block=False):
        blk = nn.Sequential()
        for i in range(num_residuals):
            blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=1 if first_block or i else 2),
                    nn.BatchNorm(), nn.Activation('relu'))
        return blk

    net = nn.Sequential()
    net.add(nn.Conv2D(8, kernel_size=3, strides=1, padding=1), nn.BatchNorm(), nn.Activation('relu'))
    net.add(resnet_block(8, 1, first_block=True), resnet_block(16, 1))
    net.add(nn.GlobalAvgPool2D(), nn.Dense(num_classes))
    return net


net = resnet_small(10)
ctx = [mx.cpu(0), mx.cpu(1)]
net.initialize(init=init.Normal(sigma=0.01), ctx=ctx)
x = nd.random.uniform(shape=(4, 1, 8, 8))
gpu_x = gutils.split_and_load(x, ctx)
print(net(gpu_x[0]).shape, net(gpu_x[1]).context, net(gpu_x[1]).shape)
weight = net[0].params.get('weight')
try:
    weight.data()
except RuntimeError as err:
    print('not initialized on cpu(0) default:', str(err)[:60])
print(weight.data(ctx[0])[0].asnumpy().round(6), weight.list_ctx())
print(len(weight.list_data()), len(weight.list_grad()))
net.initialize(init=init.Xavier(), ctx=ctx, force_reinit=True)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
for epoch in range(2):
    gpu_Xs = gutils.split_and_load(X_all[:, :, :8, :8], ctx)
    gpu_ys = gutils.split_and_load(y_all, ctx)
    with autograd.record():
        ls = [loss(net(gpu_X), gpu_y) for gpu_X, gpu_y in zip(gpu_Xs, gpu_ys)]
    for l in ls:
        l.backward()
    trainer.step(8)
    nd.waitall()
    print('gluon epoch %d loss %.4f' % (epoch, sum(l.sum().asscalar() for l in ls)))
print([(w - weight.data(ctx[0])).abs().sum().asscalar() for w in weight.list_data()])
print(net[1].running_mean.list_data()[1].asnumpy().round(4))
