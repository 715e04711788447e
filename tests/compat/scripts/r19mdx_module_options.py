"""Module calls in every state (unbound, bound without parameters), init_params and set_params forms with parts missing or extra, init_optimizer twice and its forms, kvstores and optimizer states, borrow_optimizer, force_rebind, bind refusals, grad_req forms, inference binding, input gradients, head gradients, reshape and batches of other shapes."""
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

# order of checks
m = mod()
for name, call in [('forward', lambda: m.forward(batch())), ('backward', lambda: m.backward()),
                   ('update', lambda: m.update()), ('get_outputs', lambda: m.get_outputs()),
                   ('get_input_grads', lambda: m.get_input_grads()), ('init_params', lambda: m.init_params()),
                   ('init_optimizer', lambda: m.init_optimizer()), ('get_params', lambda: m.get_params()),
                   ('set_params', lambda: m.set_params({}, {})), ('set_params allow_missing', lambda: m.set_params({}, {}, allow_missing=True)),
                   ('get_states', lambda: m.get_states()), ('set_states', lambda: m.set_states(value=1)),
                   ('update_metric', lambda: m.update_metric(mx.metric.Accuracy(), [Y(4)])),
                   ('install_monitor', lambda: m.install_monitor(mx.mon.Monitor(1))), ('reshape', lambda: m.reshape([('data', (2, 5))])),
                   ('prepare', lambda: m.prepare(batch())), ('score', lambda: m.score(it(), 'acc')),
                   ('predict', lambda: m.predict(it())), ('iter_predict', lambda: list(m.iter_predict(it()))),
                   ('save_params', lambda: m.save_params('x.params')), ('save_checkpoint', lambda: m.save_checkpoint('ck', 1)),
                   ('save_optimizer_states', lambda: m.save_optimizer_states('x.states')),
                   ('load_optimizer_states', lambda: m.load_optimizer_states('x.states')),
                   ('borrow_optimizer', lambda: m.borrow_optimizer(mod())),
                   ('data_shapes', lambda: m.data_shapes), ('label_shapes', lambda: m.label_shapes),
                   ('output_shapes', lambda: m.output_shapes), ('symbol', lambda: m.symbol.name),
                   ('data_names', lambda: m.data_names), ('label_names', lambda: m.label_names), ('output_names', lambda: m.output_names),
                   ('forward_backward', lambda: m.forward_backward(batch())), ('fit no epochs', lambda: m.fit(it())),
                   ]:
    show('unbound ' + name, call)
print('flags', m.binded, m.for_training, m.inputs_need_grad, m.params_initialized, m.optimizer_initialized, m._total_exec_bytes)

b = bound(init=False)
for name, call in [('forward', lambda: b.forward(batch())), ('backward', lambda: b.backward()), ('update', lambda: b.update()),
                   ('get_outputs', lambda: b.get_outputs()), ('init_optimizer', lambda: b.init_optimizer()),
                   ('get_params', lambda: b.get_params()), ('get_states', lambda: b.get_states(False)),
                   ('update_metric', lambda: b.update_metric(mx.metric.Accuracy(), [Y(4)])),
                   ('score', lambda: b.score(it(), 'acc')), ('predict', lambda: b.predict(it())),
                   ('set_params partial', lambda: b.set_params({'fc_weight': mx.nd.ones((3, 5))}, {})),
                   ('set_params partial allow_missing', lambda: b.set_params({'fc_weight': mx.nd.ones((3, 5))}, {}, allow_missing=True)),
                   ]:
    show('no params ' + name, call)

for kw in [dict(), dict(allow_missing=True), dict(allow_missing=True, initializer=None), dict(force_init=True),
           dict(allow_extra=True), dict(arg_params={'fc_weight': mx.nd.ones((3, 5)), 'zzz': mx.nd.ones(2)}),
           dict(arg_params={'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.ones(3), 'zzz': mx.nd.ones(2)}),
           dict(arg_params={'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.ones(3), 'zzz': mx.nd.ones(2)}, allow_extra=True),
           dict(arg_params={'fc_weight': mx.nd.ones((3, 4)), 'fc_bias': mx.nd.ones(3)}),
           dict(arg_params={'fc_weight': mx.nd.ones((3, 5), dtype='float64'), 'fc_bias': mx.nd.ones(3, dtype='int32')}),
           dict(arg_params={'fc_weight': mx.nd.ones((3, 5))}, allow_missing=True, initializer=mx.init.Constant(7)),
           dict(arg_params={'fc_weight': mx.nd.ones((3, 5))}, aux_params={'zz': mx.nd.ones(1)}, allow_missing=True),
           dict(arg_params={'fc_weight': np.ones((3, 5))}, allow_missing=True),
           dict(arg_params={}, aux_params=None), dict(arg_params=None, aux_params={}),
           dict(initializer=mx.init.Xavier(magnitude=0)), dict(initializer='zeros'), dict(initializer=None)]:
    def go(kw=kw):
        b = bound(init=False)
        b.init_params(**kw)
        return b.get_params()
    show('init_params ' + str(sorted(k for k in kw)), go)

# init twice / set_params forms
b = bound()
show('init again', lambda: b.init_params())
show('init again force', lambda: (b.init_params(mx.init.One(), force_init=True), b.get_params()[0])[1])
show('set_params force False', lambda: b.set_params({'fc_weight': mx.nd.ones((3, 5)), 'fc_bias': mx.nd.ones(3)}, {}, force_init=False))
show('set_params allow_missing force False', lambda: b.set_params({}, {}, allow_missing=True, force_init=False))
show('set_params allow_missing extra', lambda: b.set_params({'zz': mx.nd.ones(2)}, {}, allow_missing=True))
show('set_params allow_missing extra ok', lambda: (b.set_params({'zz': mx.nd.ones(2), 'fc_bias': mx.nd.ones(3) * 3}, {}, allow_missing=True, allow_extra=True), b.get_params()[0])[1])
show('set_params wrong shape', lambda: b.set_params({'fc_weight': mx.nd.ones((2, 5)), 'fc_bias': mx.nd.ones(3)}, {}))
show('set_params allow_missing wrong shape', lambda: b.set_params({'fc_weight': mx.nd.ones((2, 5))}, {}, allow_missing=True))
show('set_params None', lambda: b.set_params(None, None))
show('set_params allow_missing None', lambda: b.set_params(None, None, allow_missing=True))

# init_optimizer twice, forms
b = bound()
show('opt', lambda: b.init_optimizer(optimizer_params={'learning_rate': 0.1}))
show('opt twice', lambda: b.init_optimizer())
show('opt force', lambda: b.init_optimizer(force_init=True, optimizer='adam'))
print('opt kind', type(b._optimizer).__name__, b._optimizer.rescale_grad, b._optimizer.lr, b._update_on_kvstore, type(b._kvstore).__name__ if b._kvstore else None)
show('opt object rescale', lambda: bound().init_optimizer(optimizer=mx.optimizer.SGD(learning_rate=0.1)))
show('opt object rescale ok', lambda: bound().init_optimizer(optimizer=mx.optimizer.SGD(learning_rate=0.1, rescale_grad=0.25)))
show('opt bad name', lambda: bound().init_optimizer(optimizer='nope'))
show('opt bad params', lambda: bound().init_optimizer(optimizer_params={'bogus': 1}))
show('opt params list', lambda: bound().init_optimizer(optimizer_params=[('learning_rate', 0.2)]))
show('opt kvstore None', lambda: bound().init_optimizer(kvstore=None))
show('opt kvstore device', lambda: bound().init_optimizer(kvstore='device'))
show('opt kvstore bad', lambda: bound().init_optimizer(kvstore='bogus'))
show('opt kvstore obj', lambda: bound().init_optimizer(kvstore=mx.kv.create('local')))
show('opt not an optimizer', lambda: bound().init_optimizer(optimizer=3))
for kv in ['local', None, 'device']:
    b = bound(opt=False)
    b.init_optimizer(kvstore=kv, optimizer_params={'learning_rate': 0.5, 'momentum': 0.9})
    for _ in range(2):
        b.forward(batch(), is_train=True); b.backward(); b.update()
    print('kv', kv, b._update_on_kvstore, shown(b.get_params()[0]))
    show('save opt states ' + str(kv), lambda: b.save_optimizer_states('o.states'))
    show('load opt states ' + str(kv), lambda: b.load_optimizer_states('o.states'))

# borrow_optimizer
a = bound(opt=True)
c = bound()
show('borrow unready', lambda: c.borrow_optimizer(bound()))
show('borrow', lambda: (c.borrow_optimizer(a), c.optimizer_initialized, c._optimizer is a._optimizer)[1:])

# force_rebind
b = bound(opt=True)
show('bind again', lambda: b.bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('force_rebind', lambda: (b.bind([('data', (2, 5))], [('softmax_label', (2,))], force_rebind=True), b.data_shapes, b.params_initialized, b.optimizer_initialized, b.get_params()[0])[1:])
b.forward(batch(2)); show('after rebind outputs', lambda: b.get_outputs())
show('bind for_training False inputs_need_grad', lambda: mod().bind([('data', (4, 5))], for_training=False, inputs_need_grad=True))
show('bind label mismatch names', lambda: mod().bind([('data', (4, 5))], [('lbl', (4,))]))
show('bind data mismatch names', lambda: mod().bind([('x', (4, 5))]))
show('bind extra data', lambda: mod().bind([('data', (4, 5)), ('x', (4,))]))
show('bind no label', lambda: mod().bind([('data', (4, 5))]))
show('bind label_names None with label', lambda: mod(label_names=None).bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('bind data DataDesc', lambda: (lambda m: (m.bind([mx.io.DataDesc('data', (4, 5), layout='NC')]), m.data_shapes)[1])(mod()))
show('bind data desc tuple 3', lambda: mod().bind([('data', (4, 5), np.float64)]))
show('bind data shape list', lambda: (lambda m: (m.bind([('data', [4, 5])]), m.data_shapes, m.output_shapes)[1:])(mod()))
show('bind mismatched batch', lambda: mod().bind([('data', (4, 5))], [('softmax_label', (3,))]))
show('bind 0 batch', lambda: mod().bind([('data', (0, 5))]))
show('bind grad_req bad', lambda: mod().bind([('data', (4, 5))], grad_req='bogus'))
show('bind grad_req int', lambda: mod().bind([('data', (4, 5))], grad_req=3))
show('bind shared unbound', lambda: mod().bind([('data', (4, 5))], shared_module=mod()))
show('bind shared not module', lambda: mod().bind([('data', (4, 5))], shared_module=3))
print('after bind flags', b.binded, b.for_training, b.inputs_need_grad)

# grad_req variants
for req in ['write', 'add', 'null', {'fc_weight': 'add'}, {'fc_bias': 'null'}, {'data': 'write'}, ['write', 'add', 'null', 'null']]:
    def go(req=req):
        b = bound(bkw={'grad_req': req, 'inputs_need_grad': True})
        for _ in range(2):
            b.forward(batch(), is_train=True); b.backward()
        g = b._exec_group
        return [x[0] if x[0] is not None else None for x in g.grad_arrays], g.grad_req, b.get_input_grads()
    show('grad_req ' + str(req), go)
for req in ['add', 'null']:
    def go(req=req):
        b = bound(bkw={'grad_req': req}, opt=True)
        for _ in range(2):
            b.forward(batch(), is_train=True); b.backward(); b.update()
        return b.get_params()[0]
    show('grad_req update ' + req, go)

# for_training False
b = bound(bkw={'for_training': False})
b.forward(batch())
show('inference outputs', lambda: b.get_outputs())
show('inference backward', lambda: b.backward())
show('inference opt', lambda: b.init_optimizer())
show('inference forward is_train', lambda: (b.forward(batch(), is_train=True), b.get_outputs())[1])
print('grad arrays inference', b._exec_group.grad_arrays, b._exec_group.grad_req)

# inputs_need_grad
b = bound(bkw={'inputs_need_grad': True})
show('input grads before backward', lambda: b.get_input_grads())
b.forward(batch(), is_train=True); b.backward()
show('input grads', lambda: b.get_input_grads())
show('input grads unmerged', lambda: b.get_input_grads(merge_multi_context=False))
show('input grads not asked', lambda: bound().get_input_grads())

# out_grads
m2 = mx.mod.Module(S.FullyConnected(S.var('data'), num_hidden=3, name='fc'), label_names=None)
m2.bind([('data', (4, 5))], inputs_need_grad=True); m2.init_params(mx.init.Constant(0.1))
m2.forward(batch(), is_train=True)
show('backward no out_grads', lambda: m2.backward())
show('backward out_grads', lambda: (m2.backward([mx.nd.ones((4, 3))]), m2.get_input_grads())[1])
show('backward out_grads array', lambda: (m2.backward(mx.nd.ones((4, 3)) * 2), m2.get_input_grads())[1])
show('backward out_grads wrong shape', lambda: m2.backward([mx.nd.ones((4, 2))]))
show('backward out_grads too many', lambda: m2.backward([mx.nd.ones((4, 3))] * 2))
show('backward out_grads numpy', lambda: m2.backward([np.ones((4, 3))]))

# reshape
b = bound()
show('reshape', lambda: (b.reshape([('data', (2, 5))], [('softmax_label', (2,))]), b.data_shapes, b.label_shapes, b.output_shapes)[1:])
b = bound()
show('reshape no label', lambda: (b.reshape([('data', (6, 5))]), b.data_shapes, b.label_shapes, b.output_shapes)[1:])
show('reshape bad name', lambda: b.reshape([('x', (6, 5))]))
show('reshape bad feature', lambda: b.reshape([('data', (6, 4))]))
show("reshape forward", lambda: (b.forward(batch(6)), b.get_outputs())[1])
show('forward other batch', lambda: (b.forward(batch(3)), b.get_outputs(), b.data_shapes, b.label_shapes)[1:])
show('forward other width', lambda: b.forward(batch(3, 4)))
show('forward no label', lambda: (b.forward(mx.io.DataBatch([X(2)])), b.label_shapes, b.get_outputs())[1:])
show('forward list of batches', lambda: (b.forward([batch(2), batch(2)]), b.get_outputs(), b.data_shapes)[1:])
show('forward list mismatched', lambda: b.forward([batch(2), batch(3)]))
show('forward data numpy', lambda: b.forward(mx.io.DataBatch([np.ones((2, 5))], [np.ones(2)])))
show('forward too many data', lambda: b.forward(mx.io.DataBatch([X(2), X(2)], [Y(2)])))
show('forward empty data', lambda: b.forward(mx.io.DataBatch([], [])))
show('forward provide_data', lambda: (b.forward(mx.io.DataBatch([X(5)], [Y(5)], provide_data=[('data', (5, 5))], provide_label=[('softmax_label', (5,))])), b.data_shapes)[1])
show('forward int dtype', lambda: (b.forward(mx.io.DataBatch([mx.nd.ones((5, 5), dtype='int32')], [Y(5)])), b.get_outputs())[1])
show('forward float64', lambda: (b.forward(mx.io.DataBatch([mx.nd.ones((5, 5), dtype='float64')], [Y(5)])), b.get_outputs())[1])
