"""Training on two CPU contexts with split_and_load, grad_req add, lr/wd multipliers, allreduce_grads/update and three kvstore settings matches MXNet."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np
from mxnet import nd, autograd, gluon
mx.random.seed(16); np.random.seed(16)
ctxs = [mx.cpu(0), mx.cpu(1)]
net = gluon.nn.HybridSequential()
net.add(gluon.nn.Dense(5, activation='relu'), gluon.nn.BatchNorm(), gluon.nn.Dense(3))
net.initialize(mx.init.Xavier(), ctx=ctxs)
net.hybridize()
net.collect_params('.*bias').setattr('wd_mult', 0.0)
net.collect_params('.*gamma|.*beta').setattr('lr_mult', 0.5)
for kv, uok in [('device', None), ('local', False), (None, None)]:
    mx.random.seed(17)
    net.initialize(mx.init.Xavier(), ctx=ctxs, force_reinit=True)
    for p in net.collect_params().values():
        if p.grad_req != 'null': p.grad_req = 'add'
    kw = {} if uok is None else {'update_on_kvstore': uok}
    tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 0.01}, kvstore=kv, **kw)
    X = nd.random.uniform(shape=(8, 4)); Y = nd.array([0, 1, 2, 0, 1, 2, 0, 1])
    L = gluon.loss.SoftmaxCELoss()
    for step in range(4):
        xs = gluon.utils.split_and_load(X, ctxs, even_split=False); ys = gluon.utils.split_and_load(Y, ctxs)
        with autograd.record():
            ls = [L(net(x), y) for x, y in zip(xs, ys)]
        autograd.backward(ls)
        if step % 2 == 1:
            if uok is False:
                tr.allreduce_grads()
                grads = [p.grad(ctxs[0]) for p in net.collect_params().values() if p.grad_req != 'null']
                print('norm', gluon.utils.clip_global_norm(grads, 0.5))
                tr.update(8)
            else:
                tr.step(8)
            net.collect_params().zero_grad()
        print(kv, step, [l.sum().asscalar() for l in ls])
    print(net[0].weight.data(ctxs[1])[0].asnumpy(), net[1].running_mean.data(ctxs[0]).asnumpy()[:3], net[1].running_mean.data(ctxs[1]).asnumpy()[:3])
    tr.save_states(os.path.join(TMP, 'tr.states')); tr.load_states(os.path.join(TMP, 'tr.states'))
    print(type(tr._updaters[0].states.get(0)).__name__ if tr._updaters else None, tr._kvstore.type if tr._kvstore else None, tr._update_on_kvstore)
print(gluon.utils.split_data(nd.arange(7), 3, even_split=False))
try: gluon.utils.split_data(nd.arange(7), 3)
except Exception as e: print(type(e).__name__, e)
print(net[0].weight.list_ctx(), net[0].weight.list_data()[1].context)
net.collect_params().reset_ctx(mx.cpu(0)); print(net[0].weight.list_ctx())
