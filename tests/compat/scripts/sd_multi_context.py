# Straight Dope: multiple contexts (cpu lists, split_and_load, kvstore, allreduce by hand)
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon

mx.random.seed(3)
ctx = [mx.cpu(0), mx.cpu(1)]
print(ctx, mx.cpu(1), repr(mx.cpu(1)), mx.cpu(1).device_id, mx.cpu(1).device_type)
print(mx.context.num_gpus() if hasattr(mx.context, 'num_gpus') else 0)
print(mx.current_context())

# scratch: copy params to each device, allreduce
W1 = nd.random_normal(shape=(4, 3), scale=.1)
b1 = nd.zeros(4)
params = [W1, b1]

def get_params(params, ctx):
    new_params = [p.copyto(ctx) for p in params]
    for p in new_params:
        p.attach_grad()
    return new_params

new_params = get_params(params, mx.cpu(1))
print('b1 weight = ', new_params[1])
print('b1 grad = ', new_params[1].grad)
print(new_params[0].context, new_params[0].grad.context)

def allreduce(data):
    for i in range(1, len(data)):
        data[0][:] += data[i].copyto(data[0].context)
    for i in range(1, len(data)):
        data[0].copyto(data[i])

data = [nd.ones((1, 2), ctx=mx.cpu(i)) * (i + 1) for i in range(2)]
print('Before:', data)
allreduce(data)
print('After:', data)
print([d.context for d in data])

def split_and_load(data, ctx):
    n, k = data.shape[0], len(ctx)
    m = n // k
    assert m * k == n, '# examples is not divided by # devices'
    return [data[i * m:(i + 1) * m].as_in_context(ctx[i]) for i in range(k)]

batch = nd.arange(16).reshape((4, 4))
splitted = split_and_load(batch, ctx)
print('Input: ', batch)
print('Load into', ctx)
print('Output:', splitted)

# gluon
print(gluon.utils.split_and_load(batch, ctx))
print(gluon.utils.split_and_load(nd.arange(10).reshape((5, 2)), ctx, even_split=False))
try:
    gluon.utils.split_and_load(nd.arange(10).reshape((5, 2)), ctx)
except ValueError as e:
    print('ValueError', e)
print(gluon.utils.split_data(nd.arange(12).reshape((6, 2)), 3))

net = gluon.nn.Sequential()
with net.name_scope():
    net.add(gluon.nn.Dense(4, activation='relu'))
    net.add(gluon.nn.Dense(2))
net.initialize(init=mx.init.Normal(sigma=0.01), ctx=ctx)
x = nd.random.uniform(shape=(4, 3))
y = nd.array([0, 1, 1, 0])
data_l = gluon.utils.split_and_load(x, ctx)
# values through dot/FullyConnected are printed rounded: their last float32 bits depend on the CPU's ISA
print(np.array(['%.5g' % v for v in net(data_l[0]).asnumpy().ravel()]))
print(np.array(['%.5g' % v for v in net(data_l[1]).asnumpy().ravel()]))
weight = net[0].weight
print(weight.list_ctx())
print(weight.data(ctx[0]).context, weight.data(ctx[1]).context)
try:
    weight.data(mx.cpu(2))
except RuntimeError as e:
    print('RuntimeError')
print(len(weight.list_data()), len(weight.list_grad()))

loss = gluon.loss.SoftmaxCrossEntropyLoss()
for kv in ['device', 'local']:
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5}, kvstore=kv)
    for it in range(2):
        data_list = gluon.utils.split_and_load(x, ctx)
        label_list = gluon.utils.split_and_load(y, ctx)
        with autograd.record():
            losses = [loss(net(X), Y) for X, Y in zip(data_list, label_list)]
        for l in losses:
            l.backward()
        trainer.step(x.shape[0])
    nd.waitall()
    print(kv, weight.data(ctx[0])[0], weight.data(ctx[1])[0])
    print((weight.data(ctx[0]) - weight.data(ctx[1])).abs().sum())
    print(net[1].bias.grad(ctx[0]), net[1].bias.grad(ctx[1]))

net.collect_params().reset_ctx(mx.cpu(0))
print(weight.list_ctx())

# kvstore by hand
kv = mx.kv.create('local')
print(kv.type, kv.rank, kv.num_workers)
shape = (2, 3)
kv.init(3, nd.ones(shape) * 2)
a = nd.zeros(shape)
kv.pull(3, out=a)
print(a)
kv.push(3, [nd.ones(shape, ctx=c) for c in ctx])
b = [nd.zeros(shape, ctx=c) for c in ctx]
kv.pull(3, out=b)
print(b)
kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.1))
kv.push(3, nd.ones(shape))
kv.pull(3, out=a)
print(a)
kvd = mx.kv.create('device')
print(kvd.type)
kvd.init('w', nd.zeros(shape))
kvd.push('w', [nd.ones(shape, ctx=c) * (i + 1) for i, c in enumerate(ctx)])
out = [nd.zeros(shape, ctx=c) for c in ctx]
kvd.pull('w', out=out)
print(out)
