"""SequentialModule chains (auto_wiring, take_labels, fixed parameters, a PythonLossModule at the end) and its
order-of-call asserts."""
import logging
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())
S = mx.sym
BATCH = mx.io.DataBatch([mx.nd.array(np.arange(20).reshape(4, 5) % 7 / 7.0)], [mx.nd.array(np.arange(4) % 3)])


def it():
    return mx.io.NDArrayIter(mx.nd.array(np.arange(40).reshape(8, 5) % 7 / 7.0), mx.nd.array(np.arange(8) % 3), 4)


def shown(r):
    if isinstance(r, mx.nd.NDArray):
        return r.asnumpy().astype('float64').round(4).tolist()
    if isinstance(r, dict):
        return {k: shown(v) for k, v in sorted(r.items())}
    if isinstance(r, (list, tuple)):
        return type(r)([shown(x) for x in r])
    return round(r, 5) if isinstance(r, float) else r


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(label, '->', shown(fn()))
        except Exception as e:
            print(label, '->', words(e)[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:200])


def features(name='fc1', fixed=None):
    return mx.mod.Module(S.FullyConnected(S.var('data'), num_hidden=4, name=name), label_names=None,
                         fixed_param_names=fixed)


def classifier(data='data'):
    x = S.FullyConnected(S.var(data), num_hidden=3, name='fc2')
    return mx.mod.Module(S.SoftmaxOutput(x, name='softmax'), data_names=[data])


def chain(*mods):
    seq = mx.mod.SequentialModule()
    for i, (mod, kw) in enumerate(mods):
        seq.add(mod, **kw)
    return seq


s = chain((features(), {}), (classifier(), {'take_labels': True, 'auto_wiring': True}))
print('names', s.data_names, s.output_names, s._metas)
for what in ['data_shapes', 'label_shapes', 'output_shapes']:
    show('unbound ' + what, lambda: getattr(s, what))
for what, call in [('forward', lambda q: q.forward(BATCH)), ('init_params', lambda q: q.init_params()),
                   ('get_params', lambda q: q.get_params()), ('install_monitor', lambda q: q.install_monitor(mx.mon.Monitor(1)))]:
    show('unbound ' + what, lambda: call(chain((classifier(), {'take_labels': True}))))
mx.random.seed(6)
s.fit(it(), num_epoch=2, initializer=mx.init.Xavier(), optimizer_params={'learning_rate': 0.5})
show('fitted', lambda: s.get_params())
print('shapes', s.data_shapes, s.label_shapes, s.output_shapes)
show('score', lambda: s.score(it(), ['acc', 'ce']))
show('predict', lambda: s.predict(it()))
show('outputs unmerged', lambda: s.get_outputs(merge_multi_context=False))
show('bind again', lambda: s.bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('init again', lambda: s.init_params())
show('optimizer again', lambda: s.init_optimizer())
show('shared module', lambda: chain((features(), {})).bind([('data', (4, 5))], shared_module=s))
show('add a bad keyword', lambda: mx.mod.SequentialModule().add(features(), foo=1))
show('bind with nothing', lambda: mx.mod.SequentialModule().bind([('data', (4, 5))]))
show('not wired', lambda: chain((features(), {}), (classifier('x'), {'take_labels': True})).bind(
    [('data', (4, 5))], [('softmax_label', (4,))]))
wired = chain((features(), {}), (classifier('x'), {'take_labels': True, 'auto_wiring': True}))
wired.bind([('data', (4, 5))], [('softmax_label', (4,))], inputs_need_grad=True)
wired.init_params(mx.init.One())
wired.forward(BATCH)
wired.backward()
show('wired by position', lambda: (wired.get_outputs(), wired.output_shapes))
show('input grads', lambda: wired.get_input_grads())
show('set_params', lambda: (wired.set_params({'fc1_weight': mx.nd.ones((4, 5)), 'fc1_bias': mx.nd.zeros(4),
                                               'fc2_weight': mx.nd.ones((3, 4)) * 0.5, 'fc2_bias': mx.nd.ones(3)}, {}),
                            wired.get_params())[1])
show('set_params missing', lambda: wired.set_params({'fc1_weight': mx.nd.ones((4, 5))}, {}))
show('update before init_optimizer', wired.update)
twice = chain((mx.mod.Module(S.FullyConnected(S.var('data'), num_hidden=5, name='fc'), label_names=None), {}),
              (mx.mod.Module(S.SoftmaxOutput(S.FullyConnected(S.var('data'), num_hidden=3, name='fc'), name='softmax')),
               {'take_labels': True, 'auto_wiring': True}))
twice.bind([('data', (4, 5))], [('softmax_label', (4,))])
try:
    twice.init_params()
except AssertionError as e:     # the message goes on to name the layers' classes, by module path
    print('one name in two modules ->', str(e).split(' (<class')[0])
fixed = chain((features(fixed=['fc1_weight']), {}), (classifier(), {'take_labels': True, 'auto_wiring': True}))
fixed.fit(it(), num_epoch=1, initializer=mx.init.One())
show('fixed weight', lambda: fixed.get_params())
loss = chain((mx.mod.Module(S.FullyConnected(S.var('data'), num_hidden=3, name='fc'), label_names=None), {}),
             (mx.mod.PythonLossModule(grad_func=lambda scores, labels: scores - 1), {'take_labels': True, 'auto_wiring': True}))
loss.bind([('data', (4, 5))], [('softmax_label', (4,))])
loss.init_params(mx.init.One())
loss.init_optimizer()
loss.forward(BATCH)
loss.backward()
loss.update()
show('python loss', lambda: (loss.get_outputs(), loss.get_params()))
python = mx.mod.PythonLossModule()
print('python module', python.data_names, python.output_names)
show('python module unbound forward', lambda: python.forward(BATCH))
python.bind([('data', (4, 3))], [('softmax_label', (4,))])
print('python module bound', python.data_shapes, python.label_shapes, python.output_shapes, python.get_params())
show('python module two inputs', lambda: mx.mod.PythonLossModule().bind([('data', (4, 3)), ('x', (4,))]))
