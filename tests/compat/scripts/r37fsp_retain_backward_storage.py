"""bind and simple_bind refuse a graph whose retain of a row_sparse array gets a row_sparse output gradient while a gradient through it is asked (the indices' gradient storage is unknown), retain of a dense array in any case."""
import re
import numpy as np
import mxnet as mx

sym = mx.sym


def words(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '[time] ', str(e)).replace('\n', ' | ')


def graphs(stype):
    x, i, y = sym.Variable('x', stype=stype), sym.Variable('i'), sym.Variable('y')
    return (('head', sym.sparse.retain(x, i)), ('sum', sym.sum(sym.sparse.retain(x, i))),
            ('times2', sym.sparse.retain(x, i) * 2), ('sqrt', sym.sqrt(sym.sparse.retain(x, i))),
            ('two heads', sym.Group([sym.sparse.retain(x, i), sym.sparse.retain(x, i) * 2])),
            ('plus dense', sym.sparse.retain(x, i) + y))


for stype in ('row_sparse', 'default'):
    x_value = mx.nd.array(np.arange(12).reshape(4, 3)).tostype(stype)
    for name, g in graphs(stype):
        for reqs in ({'x': 'write'}, {'x': 'null', 'y': 'write'}, {'x': 'add'}, {'i': 'write'}, {}):
            args = {k: v for k, v in {'x': x_value, 'i': mx.nd.array([0, 2]), 'y': mx.nd.ones((4, 3))}.items()
                    if k in g.list_arguments()}
            req = {k: reqs.get(k, 'null') for k in args}
            grads = {k: mx.nd.zeros(v.shape, stype=v.stype) for k, v in args.items()}
            try:
                ex = g.bind(mx.cpu(), args, args_grad=grads, grad_req=req)
                out = ex.forward(is_train=True)[0]
                print(stype, name, reqs, 'bind', out.stype, out.asnumpy().tolist())
            except Exception as e:
                print(stype, name, reqs, 'bind', type(e).__name__, words(e))
            try:
                ex = g.simple_bind(mx.cpu(), x=(4, 3), i=(2,), y=(4, 3), grad_req=req)
                print(stype, name, reqs, 'simple_bind', [a.stype if a is not None else None for a in ex.grad_arrays])
            except Exception as e:
                print(stype, name, reqs, 'simple_bind', type(e).__name__, words(e))
