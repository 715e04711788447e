# Trainer with row_sparse gradients (Embedding with sparse_grad) and lazy updates
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')
for name, kw in (('sgd', {'momentum': 0.9}), ('sgd', {'momentum': 0.9, 'lazy_update': False}), ('adam', {}),
                 ('adagrad', {}), ('sgd', {'wd': 0.1})):
    for kv in ('device', None):
        emb = nn.Embedding(5, 2, sparse_grad=True, prefix='e_')
        emb.initialize(mx.init.Constant(1.0))
        t = gluon.Trainer(emb.collect_params(), name, dict(kw, learning_rate=0.1), kvstore=kv)
        try:
            for idx in ([0, 1], [1, 3]):
                with autograd.record():
                    l = emb(nd.array(idx)).sum()
                l.backward()
                t.step(1)
            print(name, kw, kv, emb.weight.grad().stype, np.round(emb.weight.data().asnumpy(), 4).tolist(),
                  t._update_on_kvstore)
        except Exception as e:
            print(name, kw, kv, type(e).__name__, str(e)[:80])
