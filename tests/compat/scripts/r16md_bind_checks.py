"""Module construction and bind: name checks, grad_req forms, shared modules, group2ctxs, and the order-of-call asserts."""
import logging
import sys
import warnings

import numpy as np
import mxnet as mx
from _words import words

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
S = mx.sym


def net(nh=3):
    x = S.Activation(S.FullyConnected(S.var('data'), num_hidden=nh, name='fc'), act_type='tanh')
    return S.SoftmaxOutput(x, name='softmax')


def X(n=4):
    return mx.nd.array(np.arange(n * 5).reshape(n, 5) % 7 / 7.0)


def Y(n=4):
    return mx.nd.array(np.arange(n) % 3)


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            r = fn()
            print(label, '->', r.asnumpy().astype('float64').round(4).tolist() if isinstance(r, mx.nd.NDArray) else r)
        except Exception as e:
            if 'simple_bind error' in str(e):       # the shapes given, then the failed check on the last line
                text = type(e).__name__ + ': ' + str(e).strip().splitlines()[-1].replace('MXNetError: ', '')
            else:
                text = words(e)
            print(label, '->', text[:200])
    for w in caught:
        if w.category is UserWarning:
            print('  warning:', str(w.message)[:160])


def bound(**kw):
    m = mx.mod.Module(net(), **kw)
    m.bind([('data', (4, 5))], [('softmax_label', (4,))])
    return m


show('data name missing', lambda: mx.mod.Module(net(), data_names=['x']))
show('label name missing', lambda: mx.mod.Module(net(), label_names=['lab']).label_names)
show('fixed name missing', lambda: mx.mod.Module(net(), fixed_param_names=['fc_w']))
show('param as data', lambda: mx.mod.Module(net(), data_names=['data', 'fc_weight'])._param_names)
show('no labels', lambda: mx.mod.Module(net(), label_names=None)._param_names)
show('work load mismatch', lambda: mx.mod.Module(net(), context=[mx.cpu(0), mx.cpu(1)], work_load_list=[1]))
for what in ['data_shapes', 'label_shapes', 'output_shapes']:
    show('unbound ' + what, lambda: getattr(mx.mod.Module(net()), what))
for what, call in [('forward', lambda m: m.forward(mx.io.DataBatch([X()], [Y()]))), ('backward', lambda m: m.backward()),
                   ('update', lambda m: m.update()), ('init_params', lambda m: m.init_params()),
                   ('init_optimizer', lambda m: m.init_optimizer()), ('get_params', lambda m: m.get_params()),
                   ('get_outputs', lambda m: m.get_outputs()), ('reshape', lambda m: m.reshape([('data', (2, 5))]))]:
    show('unbound ' + what, lambda: call(mx.mod.Module(net())))
    show('uninitialised ' + what, lambda: call(bound()))
show('bound shapes', lambda: (bound().data_shapes, bound().label_shapes, bound().output_shapes))
show('wrong data name', lambda: mx.mod.Module(net()).bind([('x', (4, 5))]))
show('wrong label name', lambda: bound().bind([('data', (4, 5))], [('lab', (4,))], force_rebind=True))
show('bad label shape', lambda: bound().bind([('data', (4, 5))], [('softmax_label', (3,))], force_rebind=True))
show('inference needing grads', lambda: mx.mod.Module(net()).bind([('data', (4, 5))], for_training=False, inputs_need_grad=True))
for req in ['foo', 3, ['null'], {'fc_weight': 'null'}, ['null', 'write', 'null', 'null'], 'add', 'null']:
    def bind_with(req=req):
        m = mx.mod.Module(net())
        m.bind([('data', (4, 5))], [('softmax_label', (4,))], grad_req=req)
        m.init_params(mx.init.One())
        for _ in range(2):
            m.forward(mx.io.DataBatch([X()], [Y()]))
            m.backward()
        return [None if not g or g[0] is None else g[0].asnumpy().astype('float64').round(4).tolist() for g in m._exec_group.grad_arrays]
    show('grad_req %r' % (req,), bind_with)
twice = S.Group([net(), S.BlockGrad(S.var('data') * 2)])
show('two variables named data', lambda: mx.mod.Module(twice).bind([('data', (4, 5))], [('softmax_label', (4,))]))
show('gpu context', lambda: mx.mod.Module(net(), context=mx.gpu(0)).bind([('data', (4, 5))]))
show('too many devices', lambda: mx.mod.Module(net(), context=[mx.cpu(i) for i in range(3)]).bind([('data', (2, 5))]))
for g2c in [[{}, {}], {'a': [mx.cpu(0), mx.cpu(1), mx.cpu(2)]}, 3]:
    show('group2ctxs %s' % type(g2c).__name__, lambda: mx.mod.Module(net(), group2ctxs=g2c).bind([('data', (4, 5))]))
m = bound()
m.bind([('data', (4, 5))], [('softmax_label', (4,))])
m.init_params(mx.init.Xavier())
show('shared module', lambda: [(k, v.shape) for k, v in sorted(m.get_params()[0].items())])
other = mx.mod.Module(net())
other.bind([('data', (2, 5))], [('softmax_label', (2,))], shared_module=m)
print('shares parameters', other.get_params()[0]['fc_weight'] is m.get_params()[0]['fc_weight'], other.params_initialized)
show('share with an unbound one', lambda: mx.mod.Module(net()).bind([('data', (2, 5))], shared_module=mx.mod.Module(net())))
show('share with another net', lambda: mx.mod.Module(net(4)).bind([('data', (4, 5))], shared_module=m))
show('input grads not asked', lambda: m.get_input_grads())
