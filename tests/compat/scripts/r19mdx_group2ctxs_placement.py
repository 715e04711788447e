"""Module(group2ctxs=...): where each parameter, gradient and output lives (a variable outside every ctx_group stays
on the module's context), the dict and list forms, and their refusals."""
import warnings

import numpy as np
import mxnet as mx
from _words import words

S = mx.sym


def show(label, fn):
    with warnings.catch_warnings(record=True):
        warnings.simplefilter('always')
        try:
            print(label, '->', fn())
        except Exception as e:
            print(label, '->', words(e)[:200])


def net():
    x = S.FullyConnected(S.var('data'), num_hidden=3, name='fc')
    with mx.AttrScope(ctx_group='dev1'):
        x = S.FullyConnected(x, num_hidden=2, name='fc2')
    return S.SoftmaxOutput(x, name='softmax')


def placed(symbol, group2ctxs, contexts=(mx.cpu(0),), label=True):
    m = mx.mod.Module(symbol, label_names=['softmax_label'] if label else None, context=list(contexts),
                      group2ctxs=group2ctxs)
    m.bind([('data', (4, 5))], [('softmax_label', (4,))] if label else None)
    m.init_params(mx.init.Constant(0.1))
    m.init_optimizer(optimizer_params={'learning_rate': 0.5})
    batch = mx.io.DataBatch([mx.nd.array(np.arange(20).reshape(4, 5) % 7 / 7.0)], [mx.nd.array([0, 1, 2, 0])])
    m.forward(batch, is_train=True)
    m.backward()
    m.update()
    execs = m._exec_group.execs
    return ([[(k, str(v.context)) for k, v in e.arg_dict.items()] for e in execs],
            [[(k, str(v.context)) for k, v in e.grad_dict.items() if v is not None] for e in execs],
            [[str(o.context) for o in e.outputs] for e in execs],
            m.get_outputs()[0].asnumpy().round(4).tolist(),
            {k: v.asnumpy().round(4).tolist() for k, v in sorted(m.get_params()[0].items()) if k.endswith('bias')})


for g2c in [{'dev1': mx.cpu(1)}, {'dev1': [mx.cpu(1)]}, [{'dev1': mx.cpu(1)}], {'dev1': [mx.cpu(1), mx.cpu(2)]},
            [{}, {}], 3, {'dev1': 3}, {'dev2': mx.cpu(1)}, None]:
    show('one device %s' % (g2c,), lambda: placed(net(), g2c))
for g2c in [{'dev1': [mx.cpu(2), mx.cpu(3)]}, [{'dev1': mx.cpu(2)}, {'dev1': mx.cpu(3)}], {'dev1': mx.cpu(2)}]:
    show('two devices %s' % (g2c,), lambda: placed(net(), g2c, (mx.cpu(0), mx.cpu(1))))


def inference(symbol, names):
    m = mx.mod.Module(symbol, data_names=names, label_names=None, group2ctxs={'dev1': mx.cpu(1), 'dev2': mx.cpu(2)})
    m.bind([(n, (2, 3)) for n in names], for_training=False)
    m.init_params(mx.init.Constant(0.1))
    m.forward(mx.io.DataBatch([mx.nd.ones((2, 3)) * (i + 1) for i in range(len(names))]))
    e = m._exec_group.execs[0]
    return [(k, str(v.context)) for k, v in e.arg_dict.items()], [(str(o.context), o.asnumpy().tolist()) for o in e.outputs]


with mx.AttrScope(ctx_group='dev1'):
    r = S.relu(S.var('a'), name='r')
with mx.AttrScope(ctx_group='dev2'):
    q = S.relu(S.var('x'), name='q')
x = S.var('x')
for label, symbol, names in [('x+r', S.elemwise_add(x, r, name='p'), ['x', 'a']), ('r+x', S.elemwise_add(r, x, name='p'), ['a', 'x']),
                             ('relu(x)+r', S.elemwise_add(S.relu(x, name='s'), r, name='p'), ['x', 'a']),
                             ('zeros+r', S.elemwise_add(S.zeros((2, 3)), r, name='p'), ['a']),
                             ('r*q', S.elemwise_mul(r, q, name='m'), ['a', 'x']), ('q*r', S.elemwise_mul(q, r, name='m'), ['x', 'a'])]:
    show(label, lambda: inference(symbol, names))


def trained(symbol, names, inputs_need_grad=False):
    m = mx.mod.Module(symbol, data_names=names, label_names=None, group2ctxs={'dev1': mx.cpu(1)})
    m.bind([(n, (2, 3)) for n in names], inputs_need_grad=inputs_need_grad)
    m.init_params(mx.init.One())
    m.forward(mx.io.DataBatch([mx.nd.ones((2, 3))] * len(names)), is_train=True)
    m.backward([mx.nd.ones(o.shape) for o in m.get_outputs()])
    return [(k, str(v.context)) for k, v in m._exec_group.execs[0].arg_dict.items()], str(m.get_outputs()[0].context)


w = S.var('w')
with mx.AttrScope(ctx_group='dev1'):
    fcz = S.FullyConnected(r, weight=w, num_hidden=3, no_bias=True, name='fcz')
    m1 = S.elemwise_mul(r, w, name='m1')
    m3 = S.elemwise_mul(r, w, name='m3') + S.elemwise_mul(r, w, name='m4')
show('a grouped layer reading an ungrouped weight', lambda: trained(fcz, ['a']))
show('an ungrouped data input without its gradient', lambda: trained(m1, ['a', 'w']))
show('an ungrouped data input with its gradient', lambda: trained(m1, ['a', 'w'], True))
show('an ungrouped weight read twice', lambda: trained(m3, ['a']))
