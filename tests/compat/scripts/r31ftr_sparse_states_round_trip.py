"""Trainer.save_states / load_states of row_sparse weights: their row_sparse states stay row_sparse, and training
goes on as before (weights updated on the kvstore), and of dense weights with row_sparse gradients."""
# recorded on AVX2
import os, tempfile, warnings
import mxnet as mx, numpy as np
from mxnet import nd, gluon, autograd
warnings.simplefilter('ignore')
TMP = tempfile.mkdtemp()
for o, kw in [('sgd', {'momentum': 0.9}), ('adam', {}), ('adagrad', {}), ('ftrl', {}), ('sgd', {'momentum': 0.9, 'lazy_update': False})]:
    for mode in ('rsp_weight', 'rsp_grad'):
        p = gluon.Parameter('w', shape=(4, 2), stype='row_sparse' if mode == 'rsp_weight' else 'default', grad_stype='row_sparse')
        p.initialize(mx.init.One())
        tr = gluon.Trainer([p], o, dict(learning_rate=0.1, **kw))
        def step(rows):
            x = p.row_sparse_data(nd.array(rows)) if mode == 'rsp_weight' else p.data()
            with autograd.record(): l = (x * 2).sum()
            l.backward(); tr.step(1)
        step([0, 2])
        fn = os.path.join(TMP, 's'); 
        try:
            tr.save_states(fn); tr.load_states(fn)
            u = tr._kvstore._updater if tr._update_on_kvstore else tr._updaters[0]
            st = u.states[0]
            print(o, kw, mode, [getattr(s, 'stype', None) for s in (st if isinstance(st, (list, tuple)) else [st])])
            step([1, 2])
            w = p.row_sparse_data(nd.arange(4)) if mode == 'rsp_weight' else p.data()
            print('  ', w.asnumpy().ravel().tolist())
        except Exception as e:
            print(o, kw, mode, type(e).__name__, str(e).split('\n')[0][:200])
