# Data parallel on two CPU contexts: split_and_load, Trainer with different kvstore settings, identical weights
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

ctx = [mx.cpu(0), mx.cpu(1)]
np.random.seed(1)
X = nd.array(np.random.randn(8, 4))
Y = nd.array(np.random.randn(8, 2))


def train(kvstore, update_on_kvstore):
    net = nn.Dense(2, in_units=4)
    net.initialize(mx.init.Constant(0.05), ctx=ctx)
    tr = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.1}, kvstore=kvstore,
                       update_on_kvstore=update_on_kvstore)
    for step in range(3):
        xs = gluon.utils.split_and_load(X, ctx)
        ys = gluon.utils.split_and_load(Y, ctx)
        with autograd.record():
            losses = [((net(xp) - yp) ** 2).mean() for xp, yp in zip(xs, ys)]
        for l in losses:
            l.backward()
        tr.step(8)
    w0 = net.weight.data(ctx[0]).asnumpy()
    w1 = net.weight.data(ctx[1]).asnumpy()
    return w0, (w0 == w1).all(), type(tr._kvstore).__name__ if tr._kvstore else None, tr._update_on_kvstore


for kv, upd in [('device', None), ('local', False), ('local', True), (None, None)]:
    w, same, kvtype, u = train(kv, upd)
    print(kv, upd, kvtype, u, same, w.tolist())
print([p.context for p in gluon.utils.split_and_load(nd.arange(6), ctx)])
print([d.asnumpy().tolist() for d in gluon.utils.split_data(nd.arange(10), 3, even_split=False)])
try:
    gluon.utils.split_data(nd.arange(10), 3)
except Exception as e:
    print(type(e).__name__)
