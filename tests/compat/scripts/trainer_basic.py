# gluon.Trainer: learning rates, stale gradients, allreduce/update, states, kvstore choices
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')


def make(prefix='m_'):
    net = nn.HybridSequential(prefix=prefix)
    with net.name_scope():
        net.add(nn.Dense(3, in_units=2), nn.Dense(1, in_units=3))
    net.initialize(mx.init.Constant(0.5))
    return net


x = nd.array([[1., 2.], [3., -1.]])
y = nd.array([[1.], [0.]])
loss_fn = gluon.loss.L2Loss()


def step(net, trainer, bs=2, **kw):
    with autograd.record():
        l = loss_fn(net(x), y)
    l.backward()
    trainer.step(bs, **kw)
    return [np.round(p.data().asnumpy(), 5).tolist() for p in net.collect_params().values()]


net = make()
tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 0.01})
print(tr.learning_rate, type(tr.optimizer).__name__, tr.optimizer.momentum, tr.optimizer.wd)
print(step(net, tr))
print(step(net, tr))
tr.set_learning_rate(0.05)
print(tr.learning_rate, tr.optimizer.lr)
print(step(net, tr))
print(tr._kvstore, tr._update_on_kvstore, tr._kv_initialized)

# stale gradients
try:
    tr.step(2)
except Exception as e:
    print(type(e).__name__, str(e)[:120])
tr.step(2, ignore_stale_grad=True)
print([np.round(p.data().asnumpy(), 5).tolist() for p in net.collect_params().values()][0])

# a parameter not used in forward
net2 = make('n_')
extra = gluon.Parameter('extra', shape=(2,), init=mx.init.One())
extra.initialize()
params = list(net2.collect_params().values()) + [extra]
tr2 = gluon.Trainer(params, 'sgd', {'learning_rate': 1.0})
with autograd.record():
    l = loss_fn(net2(x), y)
l.backward()
try:
    tr2.step(1)
except Exception as e:
    print(type(e).__name__, str(e)[:80])
print(net2[0].weight.data().asnumpy().tolist())
with autograd.record():
    l = loss_fn(net2(x), y)
l.backward()
tr2.step(1, ignore_stale_grad=True)
print(np.round(net2[0].weight.data().asnumpy(), 5).tolist(), extra.data().asnumpy().tolist())

# allreduce_grads + update
net3 = make('u_')
tr3 = gluon.Trainer(net3.collect_params(), 'sgd', {'learning_rate': 0.1}, update_on_kvstore=False)
with autograd.record():
    l = loss_fn(net3(x), y)
l.backward()
tr3.allreduce_grads()
tr3.update(2)
print(np.round(net3[0].weight.data().asnumpy(), 5).tolist())
print(tr3._kvstore, tr3._update_on_kvstore)
net3b = make('ub_')
tr3b = gluon.Trainer(net3b.collect_params(), 'sgd', {'learning_rate': 0.1}, kvstore='local', update_on_kvstore=True)
with autograd.record():
    l = loss_fn(net3b(x), y)
l.backward()
try:
    tr3b.step(2)
except Exception as e:
    print(type(e).__name__, e)
print(tr3b._kvstore, tr3b._update_on_kvstore)
try:
    tr3b.allreduce_grads()
except Exception as e:
    print(type(e).__name__, e)
try:
    tr3b.update(2)
except Exception as e:
    print(type(e).__name__, e)

# kvstore variants
for kv in ('local', 'device', None):
    n = make('k_')
    t = gluon.Trainer(n.collect_params(), 'adam', {'learning_rate': 0.01}, kvstore=kv)
    step(n, t)
    print(kv, t._kvstore, t._update_on_kvstore, np.round(n[1].weight.data().asnumpy(), 5).tolist())
kvs = mx.kv.create('local')
n = make('kk_')
t = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 0.1}, kvstore=kvs)
step(n, t)
print(type(t._kvstore).__name__, t._update_on_kvstore, np.round(n[1].weight.data().asnumpy(), 5).tolist())

# optimizer instance, params as dict and list
opt = mx.optimizer.SGD(learning_rate=0.2, momentum=0.5)
n = make('o_')
t = gluon.Trainer(n.collect_params(), opt)
print(t.optimizer is opt, t.learning_rate)
step(n, t)
print(np.round(n[1].weight.data().asnumpy(), 5).tolist())
try:
    gluon.Trainer(n.collect_params(), opt, {'learning_rate': 0.1})
except Exception as e:
    print(type(e).__name__, e)
pd = {p.name: p for p in make('d_').collect_params().values()}
t = gluon.Trainer(pd, 'sgd')
print([p.name for p in t._params], t.learning_rate)
for bad in (5, [1, 2], 'abc'):
    try:
        gluon.Trainer(bad, 'sgd')
    except Exception as e:
        print(type(e).__name__, e)
try:
    gluon.Trainer(make('e_').collect_params(), 'nosuchopt')
except Exception as e:
    print(type(e).__name__)

# save_states / load_states
d = tempfile.mkdtemp()
n = make('s_')
t = gluon.Trainer(n.collect_params(), 'adam', {'learning_rate': 0.01})
step(n, t)
step(n, t)
f = os.path.join(d, 't.states')
t.save_states(f)
before = step(n, t)
n2 = make('s_')
for p2, p in zip(n2.collect_params().values(), n.collect_params().values()):
    p2.set_data(p.data())
t2 = gluon.Trainer(n2.collect_params(), 'adam', {'learning_rate': 0.5})
t2.load_states(f)
print(t2.learning_rate, t2.optimizer.num_update, t2.optimizer._index_update_count)
n3 = make('s_')
t3 = gluon.Trainer(n3.collect_params(), 'sgd', {'learning_rate': 0.5, 'momentum': 0.9}, update_on_kvstore=False)
step(n3, t3)
t3.save_states(f)
t3.load_states(f)
print(t3.learning_rate, t3.optimizer.num_update)
step(n3, t3)
print(np.round(n3[0].weight.data().asnumpy(), 5).tolist())

# learning rate with scheduler
sched = mx.lr_scheduler.FactorScheduler(step=1, factor=0.5)
n = make('l_')
t = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 1.0, 'lr_scheduler': sched})
for i in range(3):
    step(n, t)
    print(t.learning_rate, t.optimizer.num_update)
try:
    t.set_learning_rate(0.1)
except Exception as e:
    print(type(e).__name__, e)

# grad_req null / add
n = make('g_')
n[0].bias.grad_req = 'null'
t = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 0.1})
print(step(n, t)[1])
n.collect_params().setattr('grad_req', 'add')
t = gluon.Trainer(n.collect_params(), 'sgd', {'learning_rate': 0.1})
step(n, t)
print(np.round(n[0].weight.grad().asnumpy(), 5).tolist())
step(n, t)
print(np.round(n[0].weight.grad().asnumpy(), 5).tolist())
