"""float16 row_sparse Embedding gradients fail: a Trainer step on one or two devices (every kvstore, update_on_kvstore) leaves the error in the weights, raised by a read and then by waitall, as MXNet does."""
import mxnet as mx
from mxnet import gluon, nd, autograd
def show(tag, f):
    try:
        r = f()
        print(tag, 'ok', r)
    except Exception as e:
        print(tag, type(e).__name__, [l for l in str(e).splitlines() if 'Check' in l or 'only' in l or 'Error' in l][:1])
for kv in ('local', 'device', None):
  for uok in (None, True, False):
    for ctxs in ([mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]):
        emb = gluon.nn.Embedding(5, 3, sparse_grad=True)
        emb.initialize(mx.init.One(), ctx=ctxs)
        emb.cast('float16')
        try:
            tr = gluon.Trainer(emb.collect_params(), 'sgd', {'learning_rate': 0.1}, kvstore=kv, update_on_kvstore=uok)
        except Exception as e:
            print(kv, uok, len(ctxs), 'trainer', type(e).__name__); continue
        with autograd.record():
            ys = [emb(nd.array([0, 2], ctx=c)).sum() for c in ctxs]
        autograd.backward(ys)
        print(kv, uok, len(ctxs))
        show(' step', lambda: tr.step(1))
        show(' read', lambda: emb.weight.data(ctxs[0]).asnumpy().tolist()[0])
        show(' waitall', lambda: nd.waitall())
        show(' read2', lambda: emb.weight.data(ctxs[-1]).asnumpy().tolist()[0])
for n in (1, 2, 3):
    embs = [gluon.nn.Embedding(5, 3, sparse_grad=True) for _ in range(n)]
    for e in embs:
        e.initialize(mx.init.One()); e.cast('float16')
    with autograd.record():
        y = sum(e(nd.array([0, 2])).sum() for e in embs)
    y.backward()
    print(n)
    show(' g0', lambda: embs[0].weight.grad().asnumpy().tolist()[0])
    show(' waitall', nd.waitall)
    show(' waitall2', nd.waitall)
    show(' g-1', lambda: embs[-1].weight.grad().asnumpy().tolist()[0])
