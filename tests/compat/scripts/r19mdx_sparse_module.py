"""A Module with a row_sparse embedding weight: sparse_row_id_fn through prepare and fit, each kvstore and optimizer, two devices, checkpoints, and the refusals of a bad row-id function."""
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, show, shown

log_to_stdout()

import atexit
import os
import shutil
import tempfile

HERE = tempfile.mkdtemp()
os.chdir(HERE)
atexit.register(shutil.rmtree, HERE, True)
def emb_net(stype='row_sparse', sparse_grad=True):
    w = S.var('emb_weight', stype=stype) if stype else S.var('emb_weight')
    e = S.Embedding(S.var('data'), weight=w, input_dim=6, output_dim=3, sparse_grad=sparse_grad, name='emb')
    return S.LinearRegressionOutput(S.sum(e, axis=1), name='lro')
D = mx.nd.array([[0, 1], [2, 1], [5, 5], [1, 0]])
L = mx.nd.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]])
def run(label, stype='row_sparse', sparse_grad=True, kv='local', opt='sgd', fn=True, ctx=None, steps=2, **okw):
    def go():
        m = mx.mod.Module(emb_net(stype, sparse_grad), label_names=['lro_label'], context=ctx or [mx.cpu()])
        m.bind([('data', (4, 2))], [('lro_label', (4, 3))])
        m.init_params(mx.init.Constant(0.1))
        m.init_optimizer(kvstore=kv, optimizer=opt, optimizer_params=dict({'learning_rate': 0.5}, **okw))
        b = mx.io.DataBatch([D], [L])
        for _ in range(steps):
            if fn:
                m.prepare(b, sparse_row_id_fn=lambda bb: {'emb_weight': bb.data[0].reshape((-1,))})
            m.forward(b, is_train=True); m.backward(); m.update()
        a = m.get_params()[0]
        g = m._exec_group.grad_arrays[0][0]
        return m._update_on_kvstore, a['emb_weight'].stype, a, g.stype, m.get_outputs()
    show(label, go)
run('rsp local')
run('rsp local nofn', fn=False)
run('rsp None', kv=None)
run('rsp device', kv='device')
run('rsp adam', opt='adam', learning_rate=0.1)
run('rsp sgd momentum lazy', momentum=0.9)
run('rsp sgd momentum not lazy', momentum=0.9, lazy_update=False)
run('rsp wd', wd=0.1)
run('dense w sparse grad', stype=None)
run('rsp w dense grad', sparse_grad=False)
run('rsp 2ctx', ctx=[mx.cpu(0), mx.cpu(1)])
run('rsp 2ctx device', ctx=[mx.cpu(0), mx.cpu(1)], kv='device')
run('rsp adagrad', opt='adagrad')
run('rsp ftrl', opt='ftrl')
def bad_fn():
    m = mx.mod.Module(emb_net(), label_names=['lro_label'])
    m.bind([('data', (4, 2))], [('lro_label', (4, 3))]); m.init_params(mx.init.Constant(0.1)); m.init_optimizer()
    r = []
    for fn in [lambda b: [1], lambda b: {'lro_label': mx.nd.array([0])}, lambda b: {'zz': mx.nd.array([0])}, lambda b: {'emb_weight': [0, 1]}, lambda b: {'emb_weight': mx.nd.array([9])}]:
        try:
            m.prepare(mx.io.DataBatch([D], [L]), sparse_row_id_fn=fn); r.append('ok')
        except Exception as e:
            r.append(words(e)[:150])
    return r
show('bad fns', bad_fn)
def save_sparse():
    m = mx.mod.Module(emb_net(), label_names=['lro_label'])
    m.bind([('data', (4, 2))], [('lro_label', (4, 3))]); m.init_params(mx.init.Constant(0.1)); m.init_optimizer()
    m.save_checkpoint('sp', 1)
    d = mx.nd.load('sp-0001.params')
    return {k: (v.stype, v.asnumpy().tolist()) for k, v in d.items()}
show('save sparse', save_sparse)
def fit_sparse():
    m = mx.mod.Module(emb_net(), label_names=['lro_label'])
    m.fit(mx.io.NDArrayIter(D, L, 2, label_name='lro_label'), num_epoch=2, initializer=mx.init.Constant(0.1), eval_metric='mse', sparse_row_id_fn=lambda b: {'emb_weight': b.data[0].reshape((-1,))}, optimizer_params={'learning_rate': 0.5})
    return m.get_params()[0]
show('fit sparse', fit_sparse)
