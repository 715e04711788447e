"""BucketingModule from construction to reload: what each call does before bind and init, switch_bucket and forward by bucket_key, states of later buckets, set_params forms, checkpoints with load/load_dict, and a fit over an iterator of two buckets."""
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

def sym_gen(key):
    x = S.FullyConnected(S.var('data'), num_hidden=3, name='fc')
    return S.SoftmaxOutput(x, name='softmax'), ('data',), ('softmax_label',)

def sym_gen_len(key):
    # a sequence of length key: data (n, key); fc over all
    x = S.FullyConnected(S.var('data'), num_hidden=3, name='fc', flatten=True)
    return S.SoftmaxOutput(S.FullyConnected(x, num_hidden=3, name='out'), name='softmax'), ['data'], ['softmax_label']

def keyed(n, key, k=None):
    k = key if k is None else k
    return mx.io.DataBatch([X(n, k)], [Y(n)], bucket_key=key, provide_data=[mx.io.DataDesc('data', (n, k))],
                           provide_label=[mx.io.DataDesc('softmax_label', (n,))])

def bm(gen=sym_gen, key=5, **kw):
    return mx.mod.BucketingModule(gen, default_bucket_key=key, **kw)

def bbound(gen=sym_gen, key=5, n=4, bkw=None, **kw):
    m = bm(gen, key, **kw)
    m.bind([('data', (n, key))], [('softmax_label', (n,))], **(bkw or {}))
    m.init_params(mx.init.Constant(0.1))
    return m

m = bm()
for what in ['data_names', 'output_names', 'label_names', 'symbol', 'data_shapes', 'label_shapes', 'output_shapes', 'binded', 'params_initialized', '_default_bucket_key', '_curr_bucket_key']:
    show('new ' + what, lambda: getattr(m, what))
show('get_states unbound', lambda: m.get_states())
show('set_states unbound', lambda: m.set_states(value=1))
show('update_metric unbound', lambda: m.update_metric(mx.metric.Accuracy(), [Y(4)]))
show('prepare unbound', lambda: m.prepare(keyed(4, 5)))
show('set_params unbound', lambda: m.set_params({}, {}))
show('set_params unbound allow_missing', lambda: m.set_params({}, {}, allow_missing=True))
show('get_input_grads unbound', lambda: m.get_input_grads())
show('predict unbound', lambda: m.predict(it()))
show('iter_predict unbound', lambda: list(m.iter_predict(it())))
show('reshape unbound', lambda: m.reshape([('data', (4, 5))]))
show('borrow_optimizer', lambda: m.borrow_optimizer(bm()))
show('save_params unbound', lambda: m.save_params('b.params'))
show('sym_gen raises', lambda: mx.mod.BucketingModule(lambda k: 1 / 0, default_bucket_key=5))
show('sym_gen two items', lambda: mx.mod.BucketingModule(lambda k: (sym_gen(k)[0], ['data']), default_bucket_key=5))
show('sym_gen names None', lambda: mx.mod.BucketingModule(lambda k: (sym_gen(k)[0], None, None), default_bucket_key=5).data_names)
show('sym_gen label bad', lambda: mx.mod.BucketingModule(lambda k: (sym_gen(k)[0], ['data'], ['lbl']), default_bucket_key=5).binded)
show('fixed bad', lambda: bm(fixed_param_names=['zz']))
show('state bad', lambda: bm(state_names=['zz']))
show('default key 0', lambda: bm(key=0)._default_bucket_key)
show('default key str', lambda: mx.mod.BucketingModule(sym_gen, default_bucket_key='a').data_names)
show('default key tuple', lambda: mx.mod.BucketingModule(sym_gen, default_bucket_key=(1, 2)).output_names)

b = bbound()
print('bound', b.data_names, b.output_names, b.data_shapes, b.label_shapes, b.output_shapes, b.symbol.name, b._curr_bucket_key, list(b._buckets))
show('init twice', lambda: b.init_params())
show('init force', lambda: (b.init_params(mx.init.One(), force_init=True), b.get_params()[0])[1])
show('init_optimizer', lambda: b.init_optimizer(optimizer_params={'learning_rate': 0.5}))
show('init_optimizer twice', lambda: b.init_optimizer())
show('init_optimizer force', lambda: (b.init_optimizer(force_init=True, optimizer_params={'learning_rate': 0.5}), b.optimizer_initialized)[1])
show('bind twice', lambda: b.bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('shared_module', lambda: bm().bind([('data', (4, 5))], [('softmax_label', (4,))], shared_module=b))
show('grad_req bucket add', lambda: bbound(bkw={'grad_req': 'add'})._grad_req)
show('switch_bucket new', lambda: (b.switch_bucket(7, [('data', (2, 5))], [('softmax_label', (2,))]), b._curr_bucket_key, sorted(b._buckets), b.data_shapes, b.optimizer_initialized, b._buckets[7].optimizer_initialized)[1:])
show('switch_bucket existing ignoring shapes', lambda: (b.switch_bucket(7, [('data', (9, 5))]), b.data_shapes)[1])
show('switch_bucket None shapes new', lambda: b.switch_bucket(8, None))
show('switch_bucket no label', lambda: (b.switch_bucket(9, [('data', (3, 5))]), b.label_shapes, b.output_shapes)[1:])
show('switch_bucket bad name', lambda: b.switch_bucket(10, [('x', (3, 5))]))
show('after bad', lambda: (b._curr_bucket_key, sorted(b._buckets)))
show('switch default', lambda: (b.switch_bucket(5, None), b.data_shapes)[1])
show('forward key 7', lambda: (b.forward(keyed(2, 7, 5)), b._curr_bucket_key, b.get_outputs())[1:])
show('forward key 7 other size', lambda: (b.forward(keyed(3, 7, 5)), b.data_shapes, b.get_outputs())[1:])
show('forward no provide_data new key', lambda: b.forward(mx.io.DataBatch([X(4)], [Y(4)], bucket_key=12)))
show('forward no bucket_key', lambda: (b.forward(mx.io.DataBatch([X(4)], [Y(4)])), b._curr_bucket_key)[1])
show('forward is_train backward update', lambda: (b.forward(keyed(4, 7, 5), is_train=True), b.backward(), b.update(), b.get_params()[0])[3])
show('update_metric', lambda: (lambda a: (b.update_metric(a, [Y(4)]), a.get())[1])(mx.metric.Accuracy()))
show('get_states', lambda: b.get_states(merge_multi_context=False))
show('get_states merged', lambda: b.get_states())
show('set_states', lambda: b.set_states(value=1))
show('install monitor', lambda: b.install_monitor(mx.mon.Monitor(1)))
show('prepare', lambda: (b.prepare(keyed(4, 13, 5)), b._curr_bucket_key, sorted(b._buckets))[1:])
show('prepare sparse fn', lambda: b.prepare(keyed(4, 13, 5), sparse_row_id_fn=lambda x: {}))
show('save_checkpoint', lambda: (b.save_checkpoint('bk', 3), sorted(f for f in os.listdir('.') if f.startswith('bk')))[1])
show('buckets file', lambda: mx.nd.load('bk.buckets'))
show('save_checkpoint states', lambda: b.save_checkpoint('bk', 3, save_optimizer_states=True))
show('load', lambda: (lambda q: (q._default_bucket_key, sorted(q._buckets), q.params_initialized, q.binded))(mx.mod.BucketingModule.load('bk', 3, sym_gen=sym_gen, default_bucket_key=5)))
def reload():
    q = mx.mod.BucketingModule.load('bk', 3, sym_gen=sym_gen, default_bucket_key=5)
    q.bind([('data', (4, 5))], [('softmax_label', (4,))])
    q.forward(keyed(4, 7, 5))
    return q.get_params(), q.get_outputs(), sorted(q._buckets), q._curr_bucket_key
show('load bind', reload)
show('load no key', lambda: mx.mod.BucketingModule.load('bk', 3, sym_gen=sym_gen))
show('load missing epoch', lambda: mx.mod.BucketingModule.load('bk', 4, sym_gen=sym_gen, default_bucket_key=5))
show('load missing key', lambda: mx.mod.BucketingModule.load('bk', 3, sym_gen=sym_gen, default_bucket_key=99))
show('load_dict no args', lambda: mx.mod.BucketingModule.load_dict({5: sym_gen(5)[0]}, sym_gen=sym_gen, default_bucket_key=5))
show('load_dict no aux', lambda: mx.mod.BucketingModule.load_dict({5: sym_gen(5)[0]}, sym_gen=sym_gen, default_bucket_key=5, arg_params={}))
show('load_dict no key', lambda: mx.mod.BucketingModule.load_dict({5: sym_gen(5)[0]}, sym_gen=sym_gen, arg_params={}, aux_params={}))
show('load_dict no sym_dict', lambda: mx.mod.BucketingModule.load_dict(sym_gen=sym_gen, arg_params={}, aux_params={}, default_bucket_key=5))
show('load_dict no default in dict', lambda: mx.mod.BucketingModule.load_dict({7: sym_gen(7)[0]}, sym_gen=sym_gen, default_bucket_key=5, arg_params={}, aux_params={}))
show('save unbound', lambda: bm().save_checkpoint('bz', 1))
# get_params through switch
c = bbound()
c.init_optimizer(optimizer_params={'learning_rate': 1.0})
for key in [5, 7, 5, 9]:
    c.forward(keyed(4, key, 5), is_train=True); c.backward(); c.update()
show('after buckets params', lambda: c.get_params())
show('set_params allow_missing', lambda: (c.set_params({'fc_bias': mx.nd.ones(3)}, {}, allow_missing=True), c.get_params()[0]['fc_bias'])[1])
show('set_params force False', lambda: c.set_params({'fc_bias': mx.nd.ones(3)}, {}, allow_missing=True, force_init=False))
show('set_params missing', lambda: c.set_params({'fc_bias': mx.nd.ones(3)}, {}))
show('set_params extra', lambda: c.set_params({'fc_bias': mx.nd.ones(3), 'fc_weight': mx.nd.ones((3, 5)), 'q': mx.nd.ones(1)}, {}))
show('set_params extra allowed', lambda: (c.set_params({'fc_bias': mx.nd.ones(3), 'fc_weight': mx.nd.ones((3, 5)), 'q': mx.nd.ones(1)}, {}, allow_extra=True), c.get_params()[0]['fc_weight'])[1])
show('score', lambda: c.score(mx.io.NDArrayIter(X(8), Y(8), 4), 'acc'))
show('predict', lambda: c.predict(mx.io.NDArrayIter(X(6), Y(6), 4)))
show('force_rebind', lambda: (c.bind([('data', (2, 5))], [('softmax_label', (2,))], force_rebind=True), sorted(c._buckets), c.data_shapes, c.get_params()[0]['fc_weight'], c.optimizer_initialized)[1:])
# inputs_need_grad across buckets
d = bbound(bkw={'inputs_need_grad': True})
d.forward(keyed(4, 7, 5), is_train=True); d.backward()
show('input grads bucket 7', lambda: d.get_input_grads())
show('input grads unmerged', lambda: d.get_input_grads(False))
# for_training False
e = bbound(bkw={'for_training': False})
show('inference bucket', lambda: (e.forward(keyed(4, 7, 5)), e.get_outputs(), e._buckets[7].for_training)[1:])
show('inference backward', lambda: e.backward())
show('inference init_optimizer', lambda: e.init_optimizer())
# multiple contexts
f = bbound(context=[mx.cpu(0), mx.cpu(1)], work_load_list=[1, 1])
f.forward(keyed(4, 7, 5))
show('two ctx outputs', lambda: (f.get_outputs(), [[str(x.context) for x in o] for o in f.get_outputs(False)]))
# bucket with different parameter shapes (seq lengths)
g = bbound(sym_gen_len, key=6)
show('len bucket 6', lambda: (g.forward(keyed(2, 6)), g.get_outputs())[1])
show('len bucket 4', lambda: g.forward(keyed(2, 4)))
# fixed params
h_ = bbound(fixed_param_names=['fc_weight'])
h_.init_optimizer(optimizer_params={'learning_rate': 1.0})
h_.forward(keyed(4, 7, 5), is_train=True); h_.backward(); h_.update()
show('fixed across buckets', lambda: h_.get_params()[0])
# fit with a bucketing iterator
class BIter(mx.io.DataIter):
    def __init__(self):
        super().__init__(4)
        self.keys = [5, 7, 5, 7, 7]
        self.default_bucket_key = 5
        self.provide_data = [mx.io.DataDesc('data', (4, 5))]
        self.provide_label = [mx.io.DataDesc('softmax_label', (4,))]
        self.i = 0
    def reset(self):
        self.i = 0
    def next(self):
        if self.i == len(self.keys):
            raise StopIteration
        k = self.keys[self.i]; self.i += 1
        return keyed(4, k, 5)
fm = bm()
logs = []
fm.fit(BIter(), eval_data=BIter(), num_epoch=2, initializer=mx.init.Constant(0.1), optimizer_params={'learning_rate': 0.5},
       eval_metric=['acc', 'ce'], batch_end_callback=lambda p: logs.append((p.epoch, p.nbatch, p.locals['data_batch'].bucket_key)),
       epoch_end_callback=lambda ep, sym, a, x: logs.append(('epoch', ep, sym.name, sorted(a))))
print(logs)
show('fit params', lambda: fm.get_params())
show('fit buckets', lambda: sorted(fm._buckets))
show('fit again', lambda: fm.fit(BIter(), num_epoch=1))
show('fit force', lambda: fm.fit(BIter(), num_epoch=1, force_init=True, force_rebind=True, initializer=mx.init.Zero()))
show('fit params after', lambda: fm.get_params())
