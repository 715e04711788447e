"""Direct use of a local kvstore (list and str keys, multi-context push/pull, custom updaters, set_optimizer, state files, pushpull, broadcast, compression and key errors) behaves as in MXNet."""
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np
from mxnet import nd
def tryit(lbl, f):
    try:
        r = f()
        if isinstance(r, nd.NDArray): r = r.asnumpy().tolist()
        print(lbl, 'ok', r)
    except Exception as e: print(lbl, type(e).__name__, '|', [l for l in str(e).split('\n') if l.strip()][-1][:250])
for t in ['local', 'device', 'local_allreduce_cpu', 'local_update_cpu', 'nccl']:
    tryit('create ' + t, lambda: (lambda k: (k.type, k.rank, k.num_workers))(mx.kv.create(t)))
kv = mx.kv.create('local')
kv.init(3, nd.ones((2, 3)))
kv.init([5, 7], [nd.ones((2, 3)) * 2, nd.ones((2, 3)) * 3])
tryit('init again', lambda: kv.init(3, nd.ones((2, 3))))
tryit('init str mix', lambda: kv.init('a', nd.ones(1)))
a = nd.zeros((2, 3)); kv.pull(3, out=a); print(a.asnumpy().tolist())
kv.push(3, [nd.ones((2, 3), ctx=mx.cpu(i)) * (i + 1) for i in range(3)])
outs = [nd.zeros((2, 3), ctx=mx.cpu(i)) for i in range(2)]
kv.pull(3, out=outs); print([o.asnumpy()[0].tolist() for o in outs], [o.context for o in outs])
kv.push([5, 7], [nd.ones((2, 3)), nd.ones((2, 3)) * 4]); b = [nd.zeros((2, 3)), nd.zeros((2, 3))]
kv.pull([5, 7], out=b); print([x.asnumpy()[0, 0] for x in b])
tryit('pull uninit', lambda: kv.pull(99, out=nd.zeros(1)))
def upd(key, inp, stored):
    print('updater', key, inp.asnumpy()[0].tolist(), stored.asnumpy()[0].tolist())
    stored += inp * 2
kv._set_updater(upd)
kv.push(3, nd.ones((2, 3)) * 0.5); kv.pull(3, out=a); print(a.asnumpy()[0].tolist())
kv2 = mx.kv.create('local')
kv2.set_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, rescale_grad=0.5))
kv2.init('w', nd.ones((2,)))
for i in range(3):
    kv2.push('w', nd.array([1., -1.])); o = nd.zeros((2,)); kv2.pull('w', out=o); print(i, o.asnumpy().tolist())
kv2.save_optimizer_states(os.path.join(TMP, 'kv.states')); kv2.load_optimizer_states(os.path.join(TMP, 'kv.states'))
tryit('pushpull', lambda: (lambda o: (kv2.pushpull('w', nd.array([0.5, 0.5]), out=o), o)[1])(nd.zeros(2)))
tryit('broadcast', lambda: (lambda o: (kv2.broadcast('z', nd.array([7., 8.]), out=o), o)[1])(nd.zeros(2)))
tryit('is_capable', lambda: (kv2.is_capable('optimizer'), mx.kv.KVStore.OPTIMIZER))
tryit('compression', lambda: kv2.set_gradient_compression({'type': '2bit', 'threshold': 0.5}))
tryit('compression dev', lambda: mx.kv.create('device').set_gradient_compression({'type': '2bit', 'threshold': 0.5}))
tryit('barrier', lambda: kv2._barrier())
tryit('num_dead', lambda: kv2.num_dead_node(0) if hasattr(kv2, 'num_dead_node') else 'na')
tryit('str keys list', lambda: (kv2.init(['p', 'q'], [nd.ones(1), nd.ones(1)]), kv2.pull(['p', 'q'], out=[nd.zeros(1), nd.zeros(1)]))[1])
tryit('pull ignore_sparse', lambda: (lambda o: (kv2.pull('p', out=o, ignore_sparse=False), o)[1])(nd.zeros(1)))
tryit('push int8', lambda: (kv2.init('i8', nd.ones(2, dtype='int32')), kv2.push('i8', nd.ones(2, dtype='int32')), kv2.pull('i8', out=nd.zeros(2, dtype='int32')))[2])
t = mx.gluon.Trainer(mx.gluon.nn.Dense(2, in_units=2).collect_params(), 'sgd', kvstore=kv2) if False else None
