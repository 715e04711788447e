"""Executor.get_optimized_symbol: on cpu(0) an executor bound without gradients over float32 arrays shows the
MKLDNN subgraph backend's fused nodes, then common subexpressions merged; with gradients, other dtypes or
another context, the bound graph (common subexpressions merged)."""
# recorded on AVX2
import json

import mxnet as mx
from _words import words

a, b = mx.sym.var('a'), mx.sym.var('b')
w, bias = mx.sym.var('fc_weight'), mx.sym.var('fc_bias')


def fc():
    return mx.sym.FullyConnected(a, w, bias, num_hidden=3)


def conv():
    return mx.sym.Convolution(a, kernel=(3, 3), num_filter=2, name='conv')


CASES = [
    ('add', a + b, dict(a=(2, 3), b=(2, 3))),
    ('fc_relu', mx.sym.Activation(fc(), act_type='relu', name='act'), dict(a=(2, 5))),
    ('fc_twice', mx.sym.relu(fc()) + mx.sym.relu(fc()), dict(a=(2, 5))),
    ('fc_fc', mx.sym.FullyConnected(fc(), num_hidden=2, name='f2'), dict(a=(2, 5))),
    ('conv_bn', mx.sym.BatchNorm(conv(), name='bn'), dict(a=(1, 3, 5, 5))),
    ('conv_bn_relu', mx.sym.relu(mx.sym.BatchNorm(conv(), name='bn'), name='r'), dict(a=(1, 3, 5, 5))),
    ('conv_act', mx.sym.Activation(conv(), act_type='relu', name='r'), dict(a=(1, 3, 5, 5))),
    ('conv_add', mx.sym.Convolution(a, kernel=(1, 1), num_filter=3, name='c') + b, dict(a=(1, 3, 4, 4), b=(1, 3, 4, 4))),
    ('square', mx.sym.square(a) * 2 + mx.sym.square(a), dict(a=(2, 2))),
    ('softmax', mx.sym.SoftmaxOutput(fc(), name='sm'), dict(a=(2, 5))),
]


def ops(sym):
    return [n['op'] for n in json.loads(sym.tojson())['nodes'] if n['op'] != 'null']


for name, sym, shapes in CASES:
    for ctx in [mx.cpu(), mx.cpu(1)]:
        for req in ['null', 'write', {'a': 'write'}]:
            for dt in ['float32', 'float16']:
                try:
                    ex = sym.simple_bind(ctx, grad_req=req, type_dict={'a': dt}, **shapes)
                    opt = ex.get_optimized_symbol()
                    print(name, ctx, req, dt, ops(opt), opt.list_outputs(), opt.list_auxiliary_states())
                except Exception as e:
                    print(name, ctx, req, dt, words(e))
    ex = sym.simple_bind(mx.cpu(), grad_req='null', **shapes)
    opt = ex.get_optimized_symbol()
    print(name, 'inputs', opt.list_inputs(), 'shapes', opt.infer_shape(**shapes)[1])
    print(name, 'attrs', sorted((k, sorted(v.items())) for k, v in opt.attr_dict().items()))
