"""PythonModule and PythonLossModule alone and inside a SequentialModule: names and shapes, what each call does before bind, grad_func results of each kind, and the asserts of bind."""
import logging
import os
import re
import sys
import warnings

import numpy as np

import mxnet as mx
from _words import words
from _module_cases import S, X, Y, batch, bound, fcnet, it, log_to_stdout, mod, show, shown

log_to_stdout()


class Square(mx.mod.PythonModule):
    def __init__(self):
        super().__init__(data_names=['data'], label_names=None, output_names=['sq_output'])
    def _compute_output_shapes(self):
        return [('sq_output', self._data_shapes[0][1])]
    def forward(self, data_batch, is_train=None):
        self._x = data_batch.data[0]
        self._y = self._x * self._x
    def get_outputs(self, merge_multi_context=True):
        return [self._y]
    def backward(self, out_grads=None):
        self._g = 2 * self._x * (out_grads[0] if out_grads else 1)
    def get_input_grads(self, merge_multi_context=True):
        return [self._g]

p = mx.mod.PythonModule(['data'], ['softmax_label'], ['out'])
for what in ['data_names', 'output_names', 'label_names', 'data_shapes', 'label_shapes', 'output_shapes', 'symbol', 'binded',
             'params_initialized', 'optimizer_initialized', 'for_training', 'inputs_need_grad']:
    show('py ' + what, lambda: getattr(p, what))
for what, call in [('get_params', lambda: p.get_params()), ('init_params', lambda: p.init_params()), ('init_optimizer', lambda: p.init_optimizer()),
                   ('update', lambda: p.update()), ('forward', lambda: p.forward(batch())), ('backward', lambda: p.backward()),
                   ('get_outputs', lambda: p.get_outputs()), ('get_input_grads', lambda: p.get_input_grads()),
                   ('update_metric', lambda: p.update_metric(mx.metric.Accuracy(), [Y(4)])), ('install_monitor', lambda: p.install_monitor(mx.mon.Monitor(1))),
                   ('bind', lambda: p.bind([('data', (4, 5))], [('softmax_label', (4,))])), ('bind again', lambda: p.bind([('data', (4, 5))])),
                   ('bind grad_req add', lambda: p.bind([('data', (4, 5))], grad_req='add')),
                   ('bind wrong name', lambda: mx.mod.PythonModule(['data'], None, ['o']).bind([('x', (4, 5))])),
                   ('bind two data', lambda: mx.mod.PythonModule(['data'], None, ['o']).bind([('data', (4, 5)), ('x', (4,))])),
                   ('bind label none names', lambda: mx.mod.PythonModule(['data'], None, ['o']).bind([('data', (4, 5))], [('l', (4,))])),
                   ('bind label wrong', lambda: mx.mod.PythonModule(['data'], ['l'], ['o']).bind([('data', (4, 5))], [('m', (4,))])),
                   ('bind DataDesc', lambda: mx.mod.PythonModule(['data'], ['l'], ['o']).bind([mx.io.DataDesc('data', (4, 5))])),
                   ('set_params', lambda: p.set_params({}, {})), ('get_states', lambda: p.get_states(False)), ('set_states', lambda: p.set_states()),
                   ('save_params', lambda: p.save_params('p.params')), ('score', lambda: p.score(it(), 'acc')), ('predict', lambda: p.predict(it())),
                   ('prepare', lambda: p.prepare(batch())), ('fit', lambda: p.fit(it(), num_epoch=1)),
                   ('tuple names', lambda: (lambda q: (q.data_names, q.label_names if hasattr(q, 'label_names') else None, q.output_names))(mx.mod.PythonModule(('a',), ('b',), ('c',)))),
                   ]:
    show('py ' + what, call)
if os.path.exists('p.params'):
    os.remove('p.params')
l = mx.mod.PythonLossModule()
for what in ['data_names', 'output_names', '_label_names', 'data_shapes', 'output_shapes', '_name', '_grad_func']:
    show('loss ' + what, lambda: getattr(l, what))
for what, call in [('forward unbound', lambda: (l.forward(batch()), l.get_outputs())[1]),
                   ('backward unbound', lambda: l.backward()),
                   ('bind', lambda: l.bind([('data', (4, 3))], [('softmax_label', (4,))])),
                   ('shapes', lambda: (l.data_shapes, l.label_shapes, l.output_shapes, l.binded, l.for_training)),
                   ('forward', lambda: (l.forward(mx.io.DataBatch([X(4, 3)], [Y(4)])), l.get_outputs())[1]),
                   ('get_outputs unmerged', lambda: l.get_outputs(merge_multi_context=False)),
                   ('backward no grad_func', lambda: l.backward()),
                   ('backward out_grads', lambda: l.backward([mx.nd.ones((4, 3))])),
                   ('input grads', lambda: l.get_input_grads()),
                   ('input grads unmerged', lambda: l.get_input_grads(False)),
                   ('update_metric', lambda: (lambda a: (l.update_metric(a, [Y(4)]), a.get())[1])(mx.metric.Accuracy())),
                   ('update_metric presliced', lambda: l.update_metric(mx.metric.Accuracy(), [Y(4)], pre_sliced=True)),
                   ('install_monitor', lambda: l.install_monitor(mx.mon.Monitor(1))),
                   ('named', lambda: (lambda q: (q.output_names, q._name))(mx.mod.PythonLossModule(name='zz'))),
                   ('two data names', lambda: mx.mod.PythonLossModule(data_names=('a', 'b'))),
                   ('two label names', lambda: mx.mod.PythonLossModule(label_names=('a', 'b'))),
                   ('grad_func not callable', lambda: mx.mod.PythonLossModule(grad_func=3)),
                   ('data_names list', lambda: mx.mod.PythonLossModule(data_names=['x']).data_names),
                   ]:
    show('loss ' + what, call)
for gf in [lambda s, y: s - 1, lambda s, y: (s - 1).asnumpy(), lambda s, y: [[1, 2, 3]] * 4, lambda s, y: 3.0, lambda s, y: None]:
    def go(gf=gf):
        q = mx.mod.PythonLossModule(grad_func=gf)
        q.bind([('data', (4, 3))], [('softmax_label', (4,))])
        q.forward(mx.io.DataBatch([X(4, 3)], [Y(4)]), is_train=True)
        q.backward()
        return q.get_input_grads()
    show('grad_func', go)
def inference():
    q = mx.mod.PythonLossModule(grad_func=lambda s, y: s)
    q.bind([('data', (4, 3))], [('softmax_label', (4,))], for_training=False)
    q.forward(mx.io.DataBatch([X(4, 3)], [Y(4)]))
    return q._labels, q.get_outputs()
show('loss inference', inference)
def inference_bwd():
    q = mx.mod.PythonLossModule(grad_func=lambda s, y: s)
    q.bind([('data', (4, 3))], [('softmax_label', (4,))], for_training=False)
    q.forward(mx.io.DataBatch([X(4, 3)], [Y(4)]), is_train=True)
    q.backward()
show('loss inference backward', inference_bwd)
def score_loss():
    q = mx.mod.PythonLossModule(grad_func=lambda s, y: s)
    q.bind([('data', (4, 5))], [('softmax_label', (4,))])
    q.init_params()
    return q.score(it(8, 4), 'acc'), q.predict(it(8, 4))
show('loss score', score_loss)
sq = Square()
show('square bind', lambda: (sq.bind([('data', (4, 5))]), sq.output_shapes, sq.binded)[1:])
sq2 = mx.mod.SequentialModule().add(mx.mod.Module(S.FullyConnected(S.var('data'), num_hidden=3, name='fc'), label_names=None)).add(Square(), auto_wiring=True).add(mx.mod.PythonLossModule(grad_func=lambda s, y: s), take_labels=True, auto_wiring=True)
show('seq square bind', lambda: sq2.bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('seq square init', lambda: sq2.init_params(mx.init.Constant(0.1)))
show('seq square fwd', lambda: (sq2.forward(batch(), is_train=True), sq2.get_outputs())[1])
show('seq square bwd', lambda: sq2.backward())
show('seq square opt', lambda: (sq2.init_optimizer(optimizer_params={'learning_rate': 1.0}), sq2.update(), sq2.get_params())[2])
