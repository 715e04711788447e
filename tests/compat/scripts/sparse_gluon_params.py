# gluon Parameters with stype/grad_stype row_sparse: grads, row_sparse_data, Trainer through the kvstore
import mxnet as mx
from mxnet import nd, gluon, autograd
import numpy as np
import os
import warnings
warnings.simplefilter('ignore')
mx.random.seed(0); np.random.seed(0)
def show(tag, f):
    try:
        r = f()
        print(tag, type(r).__name__, getattr(r, 'stype', None), r.asnumpy().round(5).tolist() if hasattr(r,'asnumpy') else r)
    except Exception as e:
        print(tag, 'ERR', type(e).__name__, str(e)[:300].replace('\n',' '))
emb = gluon.nn.Embedding(5, 3, sparse_grad=True)
emb.initialize(mx.init.Constant(0.5))
p = emb.weight
print(p._stype, p._grad_stype, p.grad_req)
show('data', lambda: p.data())
show('grad0', lambda: p.grad())
x = nd.array([1, 3, 1])
with autograd.record():
    y = emb(x)
    l = (y * nd.arange(9).reshape(3,3)).sum()
l.backward()
show('grad', lambda: p.grad())
g = p.grad()
print(g.indices if g.stype=='row_sparse' else None)
show('rsd', lambda: p.row_sparse_data(nd.array([0,2])))
show('lrsd', lambda: p.list_row_sparse_data(nd.array([0,2])))
show('listgrad', lambda: p.list_grad()[0])
tr = gluon.Trainer(emb.collect_params(), 'sgd', {'learning_rate': 0.1})
tr.step(1)
show('after', lambda: p.data())
print(tr._kvstore, tr._update_on_kvstore)
# second param: row_sparse weight stype
q = gluon.Parameter('w', shape=(4,2), stype='row_sparse', grad_stype='row_sparse')
q.initialize(init=mx.init.One())
show('q.data', lambda: q.data())
show('q.rsd', lambda: q.row_sparse_data(nd.array([1,2])))
show('q.grad', lambda: q.grad())
show('q.list_data', lambda: q.list_data())
show('q.rsd_badstype', lambda: p.row_sparse_data(nd.array([0])))
tr2 = gluon.Trainer([q], 'sgd', {'learning_rate': 0.1}, kvstore=None)
show('tr2', lambda: tr2.step(1))
print(q.grad_req)
show('q.var', lambda: q.var().attr('__storage_type__'))
print(q.var().list_attr())
emb2 = gluon.nn.Embedding(5, 3, sparse_grad=True)
emb2.initialize()
tr3 = gluon.Trainer(emb2.collect_params(), 'adam', {'learning_rate': 0.1}, update_on_kvstore=False)
with autograd.record():
    y = emb2(nd.array([0, 4]))
y.backward()
show('tr3', lambda: tr3.step(1))
show('emb2', lambda: emb2.weight.data())
print(tr3._update_on_kvstore, type(tr3._kvstore).__name__ if tr3._kvstore else None)
p2 = gluon.Parameter('z', shape=(2,2), grad_stype='csr')
show('csrgrad', lambda: p2.initialize())
p3 = gluon.Parameter('z', shape=(2,2), stype='csr')
show('csr', lambda: p3.initialize())
show('csr', lambda: p3.data())

def pr(tag, a):
    s = a.stype
    print(tag, type(a).__name__, s, (a.indices.asnumpy().tolist() if s=='row_sparse' else ''), np.round(a.asnumpy(), 5).tolist())
net = gluon.contrib.nn.SparseEmbedding(6, 2, weight_initializer=mx.init.Constant(1.0))
net.initialize()
w = net.weight
print(w)
for optname, kw in [('sgd', {'learning_rate': 0.5, 'momentum': 0.9, 'wd': 0.01}), ('adam', {'learning_rate': 0.1})]:
    net = gluon.contrib.nn.SparseEmbedding(6, 2, weight_initializer=mx.init.Constant(1.0), prefix=optname)
    net.initialize()
    try:
        tr = gluon.Trainer(net.collect_params(), optname, kw)
        for step, ids in enumerate([[0, 2], [2, 5, 5], [1]]):
            x = nd.array(ids)
            with autograd.record():
                y = net(x)
                loss = (y * nd.arange(y.size).reshape(y.shape)).sum()
            loss.backward()
            pr(optname+' grad', net.weight.grad())
            tr.step(len(ids))
            print(tr._update_on_kvstore, tr._kvstore.type)
        pr(optname+' rows', net.weight.row_sparse_data(nd.arange(6)))
        pr(optname+' rows2', net.weight.row_sparse_data(nd.array([1, 3])))
        net.weight.zero_grad(); pr(optname+' zg', net.weight.grad())
        pr(optname+' list', net.weight.list_row_sparse_data(nd.array([5]))[0])
        net.save_parameters('sparse_gluon_params.tmp')
        loaded = nd.load('sparse_gluon_params.tmp')
        for k, v in loaded.items(): pr('saved ' + k, v)
    except Exception as e:
        print('ERR', type(e).__name__, str(e)[:300])
# dense weight, sparse grad, two trainers
emb = gluon.nn.Embedding(5, 2, sparse_grad=True, weight_initializer=mx.init.Constant(1.0))
emb.initialize()
tr = gluon.Trainer(emb.collect_params(), 'sgd', {'learning_rate': 1.0, 'momentum': 0.5}, kvstore='device', update_on_kvstore=True)
for ids in ([0, 1], [1, 4]):
    with autograd.record():
        l = (emb(nd.array(ids)) * 2).sum()
    l.backward()
    tr.step(1)
pr('dense_w', emb.weight.data()); print(tr._update_on_kvstore)
try:
    gluon.Trainer(gluon.contrib.nn.SparseEmbedding(3, 2).collect_params(), 'sgd', update_on_kvstore=False)._init_kvstore()
except Exception as e: print('ERR', type(e).__name__, e)

os.remove('sparse_gluon_params.tmp')
net = gluon.nn.HybridSequential()
with net.name_scope():
    net.add(gluon.nn.Embedding(6, 3, sparse_grad=True, weight_initializer=mx.init.Constant(0.5)))
    net.add(gluon.nn.Dense(2, in_units=3, flatten=False, weight_initializer=mx.init.One()))
net.initialize()
net.hybridize()
tr = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.1})
for ids in ([[1, 2], [2, 5]], [[0, 0], [1, 1]]):
    with autograd.record():
        l = net(nd.array(ids)).sum()
    l.backward()
    g = net[0].weight.grad()
    print(g.stype, g.indices.asnumpy().tolist(), np.round(g.asnumpy(), 4).tolist())
    tr.step(2)
print(np.round(net[0].weight.data().asnumpy(), 5).tolist())
print(net[0].weight.grad().stype, net[1].weight.grad().stype)
net[0].weight.zero_grad()
print(net[0].weight.grad().indices.asnumpy().tolist())
p = net[0].weight
print(p.list_grad()[0].stype, type(p.grad()).__name__)
p.cast('float64'); print(p.grad().dtype, p.grad().stype)
net2 = gluon.nn.Embedding(4, 2, sparse_grad=True)
net2.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
tr2 = gluon.Trainer(net2.collect_params(), 'sgd', {'learning_rate': 1.0})
x = nd.array([1, 3])
with autograd.record():
    ls = [net2(x.as_in_context(c)).sum() for c in [mx.cpu(0), mx.cpu(1)]]
autograd.backward(ls)
tr2.step(1)
print([np.round(d.asnumpy(), 4).tolist() for d in net2.weight.list_data()] == [np.round(net2.weight.list_data()[0].asnumpy(), 4).tolist()]*2)
print(tr2._kvstore.type if tr2._kvstore else None, tr2._update_on_kvstore)
print([g.stype for g in net2.weight.list_grad()], [g.indices.asnumpy().tolist() for g in net2.weight.list_grad()], [g.asnumpy().tolist() for g in net2.weight.list_grad()])
