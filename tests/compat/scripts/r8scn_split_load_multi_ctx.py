# Data-parallel training over several CPU contexts: split_and_load, per-context losses, Trainer across contexts
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

ctx = [mx.cpu(0), mx.cpu(1), mx.cpu(2)]
mx.random.seed(17)
X = nd.random.uniform(-1, 1, shape=(12, 4))
y = (X.sum(axis=1) > 0).astype('float32')
net = nn.HybridSequential()
net.add(nn.Dense(5, activation='relu'), nn.Dense(2))
net.initialize(mx.init.Xavier(), ctx=ctx)
net.hybridize()
print(net[0].weight.list_ctx())
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.2, 'momentum': 0.9})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
metric = mx.metric.Accuracy()
for epoch in range(4):
    metric.reset()
    for start in range(0, 12, 6):
        xs = gluon.utils.split_and_load(X[start:start + 6], ctx, even_split=False)
        ys = gluon.utils.split_and_load(y[start:start + 6], ctx, even_split=False)
        if epoch == 0 and start == 0:
            print([(a.shape, str(a.context)) for a in xs])
        with autograd.record():
            outs = [net(a) for a in xs]
            losses = [loss_fn(o, b) for o, b in zip(outs, ys)]
        for l in losses:
            l.backward()
        trainer.step(6)
        metric.update(ys, outs)
    print(epoch, metric.get(), [repr(l.sum().asscalar()) for l in losses])
w = net[0].weight
print([float((w.data(c) - w.data(ctx[0])).abs().sum().asscalar()) for c in ctx])
print(w.data(ctx[2]).asnumpy().tolist())
print([str(g.context) for g in w.list_grad()], w.grad(ctx[1]).asnumpy().sum())
parts = gluon.utils.split_data(nd.arange(10), 3, batch_axis=0, even_split=False)
print([p.asnumpy().tolist() for p in parts])
try:
    gluon.utils.split_data(nd.arange(10), 3)
except ValueError as e:
    print('ValueError', str(e)[:60])
net.collect_params().reset_ctx(mx.cpu(0))
print(w.list_ctx(), net(X[:2]).asnumpy().tolist())
