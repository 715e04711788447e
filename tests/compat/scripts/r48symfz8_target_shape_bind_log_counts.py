"""Reshape by target_shape logs its deprecation line once per call of MXNet's shape pass until the call that leaves its shapes known (one filling its data from its output counts), bind logs it for its own inference alone, and an inference simple_bind left undecided logs it for the subgraph backend's four passes first, as MXNet does."""
import re
import sys

import mxnet as mx

sys.path.insert(0, '.')
from _stderr import stderr_of


def shown(result):
    if isinstance(result, Exception):
        return type(result).__name__ + ' ' + re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(result)).strip().split('\n')[-1][:120]
    return result


def count(lines):
    return len([line for line in lines if 'target_shape' in line])


x, y = mx.sym.var('x'), mx.sym.var('y')
cases = {
    'copy-shaped reshape before': mx.sym.reshape(mx.sym.elemwise_add(mx.sym.reshape(y, shape=(0, -1)), y),
                                                 target_shape=(0, 3), keep_highest=True),
    'plain': mx.sym.reshape(y, target_shape=(3, 2)),
    'zeros with a 0': mx.sym.reshape(y, target_shape=(3, 2)) + mx.sym.zeros((0, 2)),
    'two': mx.sym.reshape(mx.sym.reshape(y, target_shape=(3, 2)), target_shape=(2, 3)),
    'filled from the sum': mx.sym.elemwise_add(y, mx.sym.reshape(x, target_shape=(3, 2), keep_highest=True)),
    'keep_highest then plain': mx.sym.elemwise_add(*[mx.sym.reshape(mx.sym.reshape(y, target_shape=(3, 2),
                                                                                   keep_highest=True),
                                                                    target_shape=(2, 3))] * 2),
}
for name, s in cases.items():
    for kw in [dict(y=(3, 2)), dict(y=(0, 2)), dict(y=(0,)), dict(y=(3, 2), x=(0, 3)), dict(y=(3, 2), x=(2, 3))]:
        kw = {k: v for k, v in kw.items() if k in s.list_arguments()}
        result, lines = stderr_of(lambda: s.infer_shape_partial(**kw))
        print(name, kw, 'partial', shown(result), count(lines))
        for req in ('write', 'null'):
            result, lines = stderr_of(lambda: s.simple_bind(mx.cpu(), grad_req=req, **kw).outputs[0].shape)
            print(name, kw, 'simple_bind', req, shown(result), count(lines))
    if s.list_arguments() == ['y']:
        for ys in [(3, 2), (6,)]:
            for req in ('write', 'null'):
                result, lines = stderr_of(lambda: s.bind(mx.cpu(), {'y': mx.nd.ones(ys)}, args_grad={'y': mx.nd.zeros(ys)},
                                                         grad_req=req).outputs[0].shape)
                print(name, ys, 'bind', req, shown(result), count(lines))
