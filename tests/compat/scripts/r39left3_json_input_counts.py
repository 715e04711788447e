"""A versioned Symbol JSON whose node lists too few inputs fails at its op's own input-count checks (shape and type passes, and binding)"""
import json
import re

import mxnet as mx


def cut(sym, keep):
    graph = json.loads(sym.tojson())
    for node in graph['nodes']:
        if node['op'] != 'null':
            node['inputs'] = node['inputs'][:keep]
    return mx.sym.load_json(json.dumps(graph))


def last_line(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).strip().splitlines()[-1])


a, b, c = mx.sym.var('a'), mx.sym.var('b'), mx.sym.var('c')
v2 = dict(a=(2,), b=(2,), c=(2,))
cases = [
    ('where', mx.sym.where(a, b, c), [2, 1, 0], v2),
    ('elemwise_add', mx.sym.elemwise_add(a, b), [1, 0], v2),
    ('elemwise_div', mx.sym.elemwise_div(a, b), [1], v2),
    ('_plus', a + b, [1], v2),
    ('_maximum', mx.sym.maximum(a, b), [1], v2),
    ('_equal', a == b, [1], v2),
    ('_power', a ** b, [1], v2),
    ('broadcast_add', mx.sym.broadcast_add(a, b), [1, 0], v2),
    ('broadcast_mul', mx.sym.broadcast_mul(a, b), [1], v2),
    ('broadcast_equal', mx.sym.broadcast_equal(a, b), [1], v2),
    ('broadcast_logical_and', mx.sym.broadcast_logical_and(a, b), [1], v2),
    ('broadcast_hypot', mx.sym.broadcast_hypot(a, b), [0], v2),
    ('dot', mx.sym.dot(a, b), [1, 0], dict(a=(2, 2), b=(2, 2))),
    ('batch_dot', mx.sym.batch_dot(a, b), [1, 0], dict(a=(1, 2, 2), b=(1, 2, 2))),
    ('pick', mx.sym.pick(a, b), [1, 0], dict(a=(2, 2), b=(2,))),
    ('gather_nd', mx.sym.gather_nd(a, b), [1, 0], dict(a=(2, 2), b=(1, 2))),
    ('CTCLoss', mx.sym.CTCLoss(a, b), [1, 0], dict(a=(3, 2, 4), b=(2, 2))),
    ('CTCLoss lengths', mx.sym.CTCLoss(a, b, c, use_data_lengths=True), [2], dict(a=(3, 2, 4), b=(2, 2), c=(2,))),
    ('RNN', mx.sym.RNN(a, b, c, state_size=3, num_layers=1, mode='rnn_tanh'), [2, 1],
     dict(a=(3, 2, 4), b=(27,), c=(1, 2, 3))),
]
for name, sym, keeps, shapes in cases:
    for keep in keeps:
        graph = cut(sym, keep)
        args = graph.list_arguments()
        for what in ['infer_shape', 'infer_shape_partial', 'infer_type']:
            try:
                if what == 'infer_type':
                    r = graph.infer_type(**{n: 'float32' for n in args})
                else:
                    r = getattr(graph, what)(**{n: shapes[n] for n in args})
                print(name, keep, what, r)
            except mx.base.MXNetError as e:
                print(name, keep, what, type(e).__name__, last_line(e))

# binding runs the shape pass first where no gradient graph is needed
for name, sym, keeps, shapes in cases[:3] + cases[7:8] + cases[12:13]:
    graph = cut(sym, 0)
    args = graph.list_arguments()
    try:
        graph.simple_bind(mx.cpu(), grad_req='null', **{n: shapes[n] for n in args})
        print(name, 'bound')
    except (mx.base.MXNetError, RuntimeError) as e:
        print(name, 'bind', type(e).__name__, last_line(e))
