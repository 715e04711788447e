# kvstore init/push/pull/row_sparse_pull of row_sparse values, key lists, nested lists, updaters
import mxnet as mx
from mxnet import nd
import numpy as np
import warnings
warnings.simplefilter('ignore')
def show(tag, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            for x in r: print(tag, type(x).__name__, x.stype, x.asnumpy().tolist())
        elif r is None: print(tag, None)
        else: print(tag, type(r).__name__, getattr(r, 'stype', None), r.asnumpy().tolist())
    except Exception as e:
        print(tag, 'ERR', type(e).__name__)
shape=(4,2)
rsp = nd.sparse.row_sparse_array(([[1,2],[3,4]],[0,2]), shape=shape)
for kvt in ['local', 'device']:
    kv = mx.kv.create(kvt)
    kv.init('a', rsp)
    out = nd.sparse.zeros('row_sparse', shape)
    show('pull_rsp', lambda: kv.pull('a', out=out) )
    show('pull_rsp_out', lambda: out)
    show('pull_rsp_ign', lambda: kv.pull('a', out=out, ignore_sparse=False) )
    show('pull_rsp_out2', lambda: out)
    d = nd.zeros(shape)
    show('pull_dense_out', lambda: kv.pull('a', out=d))
    show('pull_dense_out_', lambda: d)
    out = nd.sparse.zeros('row_sparse', shape)
    show('rsp_pull', lambda: kv.row_sparse_pull('a', out=out, row_ids=nd.array([0,1])))
    show('rsp_pull_out', lambda: out)
    print(out.indices)
    kv.push('a', [nd.sparse.row_sparse_array(([[1,1]],[1]), shape=shape), nd.sparse.row_sparse_array(([[2,2]],[2]), shape=shape)])
    outs = [nd.sparse.zeros('row_sparse', shape) for _ in range(2)]
    show('rsp_pull2', lambda: kv.row_sparse_pull('a', out=outs, row_ids=[nd.array([1]), nd.array([2,3])]))
    show('rsp_pull2_out', lambda: outs)
    show('rsp_pull2_ids1', lambda: [o.indices for o in outs])
    outs = [nd.sparse.zeros('row_sparse', shape) for _ in range(2)]
    show('rsp_pull3', lambda: kv.row_sparse_pull('a', out=outs, row_ids=nd.array([1,2])))
    show('rsp_pull3_out', lambda: outs)
    kv.init(['b','c'], [rsp, rsp*2])
    o1, o2 = nd.sparse.zeros('row_sparse', shape), nd.sparse.zeros('row_sparse', shape)
    show('multi', lambda: kv.row_sparse_pull(['b','c'], out=[o1,o2], row_ids=[nd.array([0]), nd.array([2])]))
    show('multi_o', lambda: [o1,o2])
    o1s = [nd.sparse.zeros('row_sparse', shape) for _ in range(2)]
    o2s = [nd.sparse.zeros('row_sparse', shape) for _ in range(2)]
    show('nested', lambda: kv.row_sparse_pull(['b','c'], out=[o1s,o2s], row_ids=[[nd.array([0]), nd.array([2])],[nd.array([0,2]), nd.array([3])]]))
    show('nested_o', lambda: o1s+o2s)
    show('rsp_pull_dense', lambda: kv.row_sparse_pull('b', out=nd.zeros(shape), row_ids=nd.array([0])))
    kv.init('dense', nd.ones(shape))
    show('rsp_pull_densekey', lambda: kv.row_sparse_pull('dense', out=nd.sparse.zeros('row_sparse', shape), row_ids=nd.array([0])))
    show('push_dense_to_rsp', lambda: kv.push('b', nd.ones(shape)))
    o = nd.sparse.zeros('row_sparse', shape)
    show('after', lambda: kv.row_sparse_pull('b', out=o, row_ids=nd.arange(4)))
    show('after_o', lambda: o)
    # updater
    kv2 = mx.kv.create(kvt)
    kv2.set_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, wd=0.01))
    kv2.init(3, nd.sparse.row_sparse_array(nd.ones(shape)).tostype('row_sparse'))
    kv2.push(3, nd.sparse.row_sparse_array(([[1,2]],[1]), shape=shape))
    o = nd.sparse.zeros('row_sparse', shape)
    kv2.row_sparse_pull(3, out=o, row_ids=nd.arange(4))
    show('sgd_upd', lambda: o)
    kv2.push(3, nd.sparse.row_sparse_array(([[1,2]],[2]), shape=shape))
    kv2.row_sparse_pull(3, out=o, row_ids=nd.arange(4))
    show('sgd_upd2', lambda: o)
    kv2.init(4, nd.ones(shape))
    show('push rsp to dense key', lambda: kv2.push(4, nd.sparse.row_sparse_array(([[1,2]],[2]), shape=shape)))
    d = nd.zeros(shape)
    kv2.pull(4, out=d)
    show('dense_w_rsp_grad', lambda: d)
    show('pushpull_rsp', lambda: kv.pushpull('b', nd.sparse.row_sparse_array(([[1,2]],[2]), shape=shape), out=nd.sparse.zeros('row_sparse', shape)))

shape = (4, 4)
def upd(key, recv, local):
    local += recv
kv = mx.kv.create()
kv.init('a', nd.zeros(shape, stype='row_sparse'))
kv._set_updater(upd)
devs = [mx.Context('cpu', i) for i in range(3)]
vals = [nd.sparse.row_sparse_array(([[i+1.]*4], [i]), shape=shape, ctx=d) for i, d in enumerate(devs)]
kv.push('a', vals)
kv.push('a', vals)
allrows = nd.array(np.arange(4), dtype='int64')
outs = [nd.zeros(shape, stype='row_sparse', ctx=d) for d in devs]
kv.row_sparse_pull('a', out=outs, row_ids=[allrows] * 3)
for o in outs: print(o.context, o.stype, o.indices.asnumpy().tolist(), o.asnumpy().tolist())
kv.row_sparse_pull('a', out=outs, row_ids=allrows)
for o in outs: print(o.context, o.stype, o.indices.asnumpy().tolist(), o.asnumpy().tolist())
# pushpull rsp with updater-less store
kv2 = mx.kv.create('device')
kv2.init(1, nd.zeros(shape, stype='row_sparse'))
kv2.push(1, vals)
o = nd.zeros(shape, stype='row_sparse')
kv2.pull(1, out=o, ignore_sparse=False)
print(o.indices.asnumpy().tolist(), o.asnumpy().tolist())
d = nd.zeros(shape)
kv2.pull(1, out=d)
print(d.asnumpy().tolist())
# broadcast rsp
kv3 = mx.kv.create()
outs = [nd.zeros(shape, stype='row_sparse') for _ in range(2)]
try:
    kv3.broadcast('r', vals[0], out=outs)
    for o in outs: print('bc', o.indices.asnumpy().tolist(), o.asnumpy().tolist())
except Exception as e: print('ERR', type(e).__name__)
kv3 = mx.kv.create()
kv3.init(5, nd.ones(shape).tostype('row_sparse'))
try:
    kv3.pushpull(5, nd.ones(shape).tostype('row_sparse'), out=[nd.zeros(shape)])
except Exception as e: print('ERR', type(e).__name__)
x = nd.zeros(shape)
kv3.pull(5, out=x); print(x.asnumpy().tolist())
# int64 vs float row ids, out-of-range
o = nd.zeros(shape, stype='row_sparse')
kv3.row_sparse_pull(5, out=o, row_ids=nd.array([3, 0, 3]))
print(o.indices, o.indices.dtype, o.data.shape)
