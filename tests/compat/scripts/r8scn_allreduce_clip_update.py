# GluonNLP-style step on two contexts: trainer.allreduce_grads(), global-norm clipping of each context's grads,
# then trainer.update(); plus zero_grad, grad_req='add' accumulation and ignore_stale_grad
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

ctxs = [mx.cpu(0), mx.cpu(1)]
mx.random.seed(210)
X = nd.random.normal(shape=(8, 3))
y = nd.random.normal(shape=(8, 1))
net = nn.Dense(1, in_units=3)
net.initialize(mx.init.Normal(1.0), ctx=ctxs)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.1}, update_on_kvstore=False)
params = [p for p in net.collect_params().values() if p.grad_req != 'null']
for step in range(4):
    xs = gluon.utils.split_and_load(X, ctxs)
    ys = gluon.utils.split_and_load(y, ctxs)
    with autograd.record():
        losses = [((net(a) - b) ** 2).sum() for a, b in zip(xs, ys)]
    autograd.backward(losses)
    trainer.allreduce_grads()
    norms = []
    for c in ctxs:
        grads = [p.grad(c) for p in params]
        norms.append(gluon.utils.clip_global_norm(grads, 2.0))
    trainer.update(8)
    print(step, [repr(float(n)) for n in norms], net.weight.data(ctxs[1]).asnumpy().tolist())
print(net.bias.grad(ctxs[0]).asnumpy().tolist(), net.bias.grad(ctxs[1]).asnumpy().tolist())

acc = nn.Dense(1, in_units=3)
acc.initialize(mx.init.One())
acc.collect_params().setattr('grad_req', 'add')
tr = gluon.Trainer(acc.collect_params(), 'sgd', {'learning_rate': 0.01})
for micro in range(3):
    with autograd.record():
        l = ((acc(X[micro * 2:micro * 2 + 2]) - y[micro * 2:micro * 2 + 2]) ** 2).sum()
    l.backward()
    print(micro, acc.weight.grad().asnumpy().tolist())
tr.step(6)
print(acc.weight.data().asnumpy().tolist())
acc.collect_params().zero_grad()
print(acc.weight.grad().asnumpy().tolist(), acc.bias.grad().asnumpy().tolist())

two = nn.HybridSequential()
two.add(nn.Dense(2, in_units=3), nn.Dense(1, in_units=2))
two.initialize(mx.init.One())
tr2 = gluon.Trainer(two.collect_params(), 'sgd', {'learning_rate': 0.1})
with autograd.record():
    out = two[0](X).sum()
out.backward()
try:
    tr2.step(1)
except UserWarning as e:
    print('UserWarning', str(e)[:60])
tr2.step(1, ignore_stale_grad=True)
print(two[0].weight.data().asnumpy().tolist(), two[1].weight.data().asnumpy().tolist())
