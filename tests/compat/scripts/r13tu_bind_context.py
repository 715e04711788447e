"""Symbol.bind without group2ctx refuses argument and gradient arrays off its context (not auxiliary states), also via test_utils."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu

s = mx.sym.square(mx.sym.var('x')) + mx.sym.var('y')
bn = mx.sym.BatchNorm(mx.sym.var('x'), name='bn')


def check_text(ex):
    line = next(l for l in str(ex).split('\n') if 'Check failed' in l)
    return line[line.find('Check failed'):]


def a(c, n=2):
    return mx.nd.ones(n, ctx=c)


cases = [
    ('x off', lambda: s.bind(mx.cpu(1), {'x': a(mx.cpu(0)), 'y': a(mx.cpu(1))})),
    ('y off', lambda: s.bind(mx.cpu(1), {'x': a(mx.cpu(1)), 'y': a(mx.cpu(2))})),
    ('both off', lambda: s.bind(mx.cpu(1), {'x': a(mx.cpu(2)), 'y': a(mx.cpu(0))})),
    ('grad off', lambda: s.bind(mx.cpu(1), {'x': a(mx.cpu(1)), 'y': a(mx.cpu(1))}, args_grad={'x': a(mx.cpu(0)), 'y': a(mx.cpu(1))})),
    ('input and grad off', lambda: s.bind(mx.cpu(1), {'x': a(mx.cpu(0)), 'y': a(mx.cpu(1))}, args_grad={'x': a(mx.cpu(0))})),
    ('pinned', lambda: s.bind(mx.cpu(0), [a(mx.cpu(0)), a(mx.cpu_pinned(0))])),
    ('null grad off', lambda: s.bind(mx.cpu(0), [a(mx.cpu(0)), a(mx.cpu(0))], args_grad=[a(mx.cpu(3)), a(mx.cpu(0))], grad_req='null')),
    ('aux off', lambda: bn.bind(mx.cpu(0), [a(mx.cpu(0), (2, 2)), a(mx.cpu(0)), a(mx.cpu(0))], aux_states=[a(mx.cpu(1)), a(mx.cpu(0))])),
    ('on context', lambda: s.bind(mx.cpu(2), {'x': a(mx.cpu(2)), 'y': a(mx.cpu(2))}, args_grad={'x': a(mx.cpu(2))})),
    ('gpu', lambda: s.bind(mx.gpu(0), {'x': a(mx.cpu(0)), 'y': a(mx.cpu(0))})),
]
for label, f in cases:
    try:
        e = f()
        e.forward()
        print(label, 'OK', e.outputs[0].context, e.outputs[0].asnumpy().tolist())
    except Exception as ex:
        print(label, type(ex).__name__, check_text(ex))
try:
    tu.check_numeric_gradient(mx.sym.square(mx.sym.var('x')), {'x': mx.nd.array([1., 2.])}, ctx=mx.cpu(1))
    print('numeric gradient passed')
except Exception as ex:
    print('numeric gradient', type(ex).__name__, check_text(ex))
print('numeric gradient from numpy on cpu(1)', tu.check_numeric_gradient(mx.sym.square(mx.sym.var('x')), {'x': np.array([1., 2.])}, ctx=mx.cpu(1)))
