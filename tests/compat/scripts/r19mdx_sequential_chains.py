"""SequentialModule: each call before and after bind/init, the flags of its modules, forward/backward/update through auto_wiring, shapes, checkpoints, rebinding, bind options, a monitored fit and a three-module chain ending in a PythonLossModule."""
import functools
import logging
import re
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words
import _module_cases
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, rounded

log_to_stdout(round_numbers=True)
shown = functools.partial(_module_cases.shown, d=3, float_digits=None)
show = functools.partial(_module_cases.show, d=3, float_digits=None)

import atexit
import os
import shutil
import tempfile

HERE = tempfile.mkdtemp()
os.chdir(HERE)
atexit.register(shutil.rmtree, HERE, True)

def features(name='fc1', hidden=4, fixed=None, data='data'):
    return mx.mod.Module(S.FullyConnected(S.var(data), num_hidden=hidden, name=name), data_names=[data], label_names=None, fixed_param_names=fixed)
def classifier(data='data', name='fc2'):
    return mx.mod.Module(S.SoftmaxOutput(S.FullyConnected(S.var(data), num_hidden=3, name=name), name='softmax'), data_names=[data])
def chain(*mods):
    seq = mx.mod.SequentialModule()
    for mod_, kw in mods:
        seq.add(mod_, **kw)
    return seq
def std():
    return chain((features(), {}), (classifier(), {'take_labels': True, 'auto_wiring': True}))

s = mx.mod.SequentialModule()
for what in ['data_names', 'output_names', 'data_shapes', 'label_shapes', 'output_shapes', 'symbol', 'binded']:
    show('empty ' + what, lambda: getattr(s, what))
for what, call in [('get_params', lambda: s.get_params()), ('init_params', lambda: s.init_params()), ('init_optimizer', lambda: s.init_optimizer()),
                   ('forward', lambda: s.forward(batch())), ('backward', lambda: s.backward()), ('update', lambda: s.update()),
                   ('get_outputs', lambda: s.get_outputs()), ('get_input_grads', lambda: s.get_input_grads()),
                   ('update_metric', lambda: s.update_metric(mx.metric.Accuracy(), [Y(4)])), ('install_monitor', lambda: s.install_monitor(mx.mon.Monitor(1))),
                   ('set_params', lambda: s.set_params({}, {})), ('get_states', lambda: s.get_states()), ('score', lambda: s.score(it(), 'acc')),
                   ('save_checkpoint', lambda: s.save_checkpoint('sq', 1)), ('save_params', lambda: s.save_params('sq.params')), ('prepare', lambda: s.prepare(batch())),
                   ('bind', lambda: s.bind([('data', (4, 5))]))]:
    show('empty ' + what, call)
show('add returns', lambda: type(mx.mod.SequentialModule().add(features())).__name__)
show('add positional meta', lambda: mx.mod.SequentialModule().add(features(), True))
show('add not module', lambda: mx.mod.SequentialModule().add(3)._modules)
show('add take_labels False', lambda: mx.mod.SequentialModule().add(features(), take_labels=False)._metas)
show('metas consts', lambda: (mx.mod.SequentialModule.META_TAKE_LABELS, mx.mod.SequentialModule.META_AUTO_WIRING))
s = std()
for what in ['data_names', 'output_names', 'data_shapes', 'label_shapes', 'output_shapes', 'symbol']:
    show('unbound ' + what, lambda: getattr(s, what))
for what, call in [('get_params', lambda: s.get_params()), ('init_params', lambda: s.init_params()), ('forward', lambda: s.forward(batch())),
                   ('get_outputs', lambda: s.get_outputs()), ('update_metric', lambda: s.update_metric(mx.metric.Accuracy(), [Y(4)])),
                   ('set_params', lambda: s.set_params({}, {})), ('get_states', lambda: s.get_states(False)), ('predict', lambda: s.predict(it()))]:
    show('unbound ' + what, call)
show('bind', lambda: s.bind([('data', (4, 5))], [('softmax_label', (4,))]))
for what in ['data_names', 'output_names', 'data_shapes', 'label_shapes', 'output_shapes', 'symbol', 'for_training', 'inputs_need_grad']:
    show('bound ' + what, lambda: getattr(s, what))
show('sub flags', lambda: [(m.binded, m.for_training, m.inputs_need_grad, m.label_shapes) for m in s._modules])
show('bound get_params', lambda: s.get_params())
show('bound init_optimizer', lambda: s.init_optimizer())
show('bound forward', lambda: s.forward(batch()))
show('init', lambda: s.init_params(mx.init.Constant(0.1)))
show('init twice', lambda: s.init_params())
show('init force', lambda: (s.init_params(mx.init.Constant(0.2), force_init=True), s.get_params())[1])
show('init arg_params partial', lambda: s.init_params(arg_params={'fc1_weight': mx.nd.ones((4, 5))}, force_init=True))
show('init arg_params partial allow', lambda: (s.init_params(mx.init.Zero(), arg_params={'fc1_weight': mx.nd.ones((4, 5))}, allow_missing=True, force_init=True), s.get_params()[0])[1])
show('set_params full', lambda: (s.set_params({'fc1_weight': mx.nd.ones((4, 5)) * 0.1, 'fc1_bias': mx.nd.zeros(4), 'fc2_weight': mx.nd.ones((3, 4)) * 0.1, 'fc2_bias': mx.nd.array([0.1, 0, -0.1])}, {}), s.get_params()[0])[1])
show('set_params allow_missing', lambda: s.set_params({'fc1_bias': mx.nd.ones(4)}, {}, allow_missing=True))
show('set_params force False', lambda: s.set_params({}, {}, force_init=False))
show('update before opt', lambda: s.update())
show('opt', lambda: s.init_optimizer(optimizer_params={'learning_rate': 0.5}))
show('opt twice', lambda: s.init_optimizer())
show('sub opt', lambda: [m.optimizer_initialized for m in s._modules])
show('forward', lambda: (s.forward(batch(), is_train=True), s.get_outputs())[1])
show('backward', lambda: s.backward())
show('backward out_grads', lambda: s.backward([mx.nd.ones((4, 3))]))
show('update', lambda: (s.update(), s.get_params()[0])[1])
show('update_metric', lambda: (lambda a: (s.update_metric(a, [Y(4)]), a.get())[1])(mx.metric.create(['acc', 'ce'])))
show('outputs unmerged', lambda: s.get_outputs(False))
show('input grads not asked', lambda: s.get_input_grads())
show('get_states', lambda: s.get_states(False))
show('set_states', lambda: s.set_states(value=1))
show('forward other batch', lambda: (s.forward(batch(2), is_train=False), s.get_outputs(), s.data_shapes, s.output_shapes)[1:])
show('forward no label', lambda: (s.forward(mx.io.DataBatch([X(4)]), is_train=False), s.get_outputs())[1])
show('forward provide_data', lambda: (s.forward(mx.io.DataBatch([X(3)], [Y(3)], provide_data=[('data', (3, 5))], provide_label=[('softmax_label', (3,))])), s.get_outputs(), s._modules[1].data_shapes)[1:])
show('score', lambda: s.score(it(10, 4), ['acc', 'ce']))
show('predict', lambda: s.predict(it(10, 4)))
show('iter_predict', lambda: [(o, n) for o, n, b in s.iter_predict(it(10, 4))])
show('save_params', lambda: (s.save_params('sq.params'), sorted(mx.nd.load('sq.params')))[1])
show('load_params', lambda: (s.load_params('sq.params'), s.get_params()[0]['fc2_bias'])[1])
show('save_checkpoint', lambda: s.save_checkpoint('sq', 1))
show('install monitor', lambda: s.install_monitor(mx.mon.Monitor(1)))
show('bind again', lambda: s.bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('force rebind', lambda: (s.bind([('data', (2, 5))], [('softmax_label', (2,))], force_rebind=True), s.params_initialized, s.optimizer_initialized, s.data_shapes, s.get_params()[0]['fc2_bias'])[1:])
show('add after bind', lambda: (s.add(features('fc3', 3)), s.binded, s.params_initialized)[1:])
# binding variants
show('inputs_need_grad for_training False', lambda: std().bind([('data', (4, 5))], [('softmax_label', (4,))], for_training=False, inputs_need_grad=True))
show('for_training False', lambda: (lambda q: (q.bind([('data', (4, 5))], [('softmax_label', (4,))], for_training=False), [(m.for_training, m.inputs_need_grad) for m in q._modules])[1])(std()))
show('grad_req add', lambda: (lambda q: (q.bind([('data', (4, 5))], [('softmax_label', (4,))], grad_req='add'), [m._exec_group.grad_req for m in q._modules])[1])(std()))
show('no label take', lambda: (lambda q: (q.bind([('data', (4, 5))], [('softmax_label', (4,))]), q.label_shapes, [m.label_shapes for m in q._modules])[1:])(chain((features(), {}), (classifier(), {'auto_wiring': True}))))
show('label none', lambda: (lambda q: (q.bind([('data', (4, 5))]), q.label_shapes)[1])(std()))
show('no auto_wiring mismatch', lambda: chain((features(), {}), (classifier('x'), {'take_labels': True})).bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('auto_wiring count mismatch', lambda: chain((features(), {}), (mx.mod.Module(S.Group([S.var('a'), S.var('b')]) * 1 if False else S.var('a') + S.var('b'), data_names=['a', 'b'], label_names=None), {'auto_wiring': True})).bind([('data', (4, 5))]))
show('first module label names', lambda: chain((classifier(), {'take_labels': True}),).bind([('data', (4, 5))], [('softmax_label', (4,))]))
dup = chain((features('fc'), {}), (classifier(name='fc'), {'take_labels': True, 'auto_wiring': True}))
dup.bind([('data', (4, 5))], [('softmax_label', (4,))])
try:
    dup.init_params()
except AssertionError as e:     # the message goes on to name the modules' classes by their module path
    print('dup params ->', words(e).split(' (<class')[0])
w = std()
w.bind([('data', (4, 5))], [('softmax_label', (4,))], inputs_need_grad=True)
w.init_params(mx.init.Constant(0.1))
w.forward(batch(), is_train=True); w.backward()
show('input grads', lambda: w.get_input_grads())
show('input grads unmerged', lambda: w.get_input_grads(False))
# fit with logging and callbacks
f = std()
log = []
f.fit(it(8, 4), eval_data=it(8, 4), num_epoch=2, initializer=mx.init.Constant(0.1), optimizer_params={'learning_rate': 0.5}, eval_metric='acc',
      batch_end_callback=lambda p: log.append((p.epoch, p.nbatch, str(p.eval_metric.get()))), epoch_end_callback=lambda e, sym, a, x: log.append((e, sym, sorted(a))))
print(log)
show('fit params', lambda: f.get_params())
show('fit again', lambda: f.fit(it(8, 4), num_epoch=1))
show('fit monitor', lambda: std().fit(it(8, 4), num_epoch=1, monitor=mx.mon.Monitor(1, pattern='fc2.*'), initializer=mx.init.Constant(0.1)))
# three-module chain with python loss
loss = chain((features('a', 4), {}), (features('b', 3, data='x'), {'auto_wiring': True}),
             (mx.mod.PythonLossModule(grad_func=lambda s, l: s * 0 + 1), {'take_labels': True, 'auto_wiring': True}))
loss.bind([('data', (4, 5))], [('softmax_label', (4,))])
loss.init_params(mx.init.Constant(0.1)); loss.init_optimizer(optimizer_params={'learning_rate': 0.1})
loss.forward(batch(), is_train=True); loss.backward(); loss.update()
show('loss chain', lambda: (loss.get_outputs(), loss.get_params()[0], loss.output_shapes, loss.output_names))
show('loss chain metric', lambda: (lambda a: (loss.update_metric(a, [Y(4)]), a.get())[1])(mx.metric.Accuracy()))
show('loss chain fit', lambda: loss.fit(it(8, 4), num_epoch=1))
