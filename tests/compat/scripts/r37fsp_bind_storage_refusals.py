"""Storage inference at bind and simple_bind refuses cast_storage between csr and row_sparse, retain of a csr array and Embedding of csr data, naming the node and MXNet's source line."""
import re
import numpy as np
import mxnet as mx

A = np.array([[0, 1.5, 0], [-2, 0, 3.25], [0, 0, 0], [4, 0, -0.5]], dtype=np.float32)
sym = mx.sym


def words(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '[time] ', str(e))


def graphs(x):
    return [('cast csr', sym.cast_storage(x, stype='csr')), ('cast row_sparse', sym.cast_storage(x, stype='row_sparse')),
            ('cast default', sym.cast_storage(x, stype='default')), ('retain', sym.sparse.retain(x, sym.Variable('i'))),
            ('embedding', sym.Embedding(x, sym.Variable('w'), input_dim=4, output_dim=2)),
            ('sqrt then cast', sym.cast_storage(sym.sqrt(x), stype='row_sparse'))]


for st in ('csr', 'row_sparse'):
    for name, g in graphs(sym.Variable('x', stype=st)):
        given = {'x': mx.nd.array(A).tostype(st), 'i': mx.nd.array([0, 3]), 'w': mx.nd.ones((4, 2))}
        args = {k: v for k, v in given.items() if k in g.list_arguments()}
        try:
            ex = g.bind(mx.cpu(), args)
            out = ex.forward()[0]
            print(st, name, 'bind', out.stype, out.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(st, name, 'bind', words(e))
        try:
            ex = g.simple_bind(mx.cpu(), x=(4, 3), i=(2,), w=(4, 2), stype_dict={k: v.stype for k, v in args.items()}, grad_req='null')
            print(st, name, 'simple_bind', [a.stype for a in ex.arg_arrays], [o.stype for o in ex.outputs])
        except Exception as e:
            print(st, name, 'simple_bind', type(e).__name__, words(e))
