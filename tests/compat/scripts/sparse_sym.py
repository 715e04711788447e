import json

import numpy as np
import mxnet as mx

names = sorted(n for n in dir(mx.sym.sparse) if not n.startswith('_'))
print(len(names))
x, y, z = mx.sym.var('x'), mx.sym.var('y'), mx.sym.var('z')


def ops(s):
    return [(n['op'], n['name']) for n in json.loads(s.tojson())['nodes'] if n['op'] != 'null']


graphs = [
    mx.sym.sparse.retain(x, y),
    mx.sym.sparse.elemwise_add(x, y),
    mx.sym.sparse.dot(x, y, transpose_a=True),
    mx.sym.sparse.sqrt(mx.sym.sparse.abs(x)),
    mx.sym.sparse.broadcast_plus(x, y),
    mx.sym.sparse.ElementWiseSum(x, y, z),
    mx.sym.sparse.concat(x, y, dim=0),
    mx.sym.sparse.stop_gradient(x),
    mx.sym.sparse.sum(x, axis=1),
    mx.sym.sparse.zeros_like(x),
    mx.sym.sparse.slice(x, begin=(0, 1), end=(2, 3)),
]
for g in graphs:
    print(ops(g), g.list_arguments(), g.list_outputs())

rsp = mx.nd.array([[1, 2], [3, 4], [5, 6]]).tostype('row_sparse')
ex = graphs[0].bind(mx.cpu(), {'x': rsp, 'y': mx.nd.array([0, 2])})
print(ex.forward()[0].asnumpy().tolist())
csr = mx.nd.array([[1, 0, 2], [0, 3, 0]]).tostype('csr')
ex = graphs[2].bind(mx.cpu(), {'x': csr, 'y': mx.nd.array([[1, 2], [3, 4]])})
print(ex.forward()[0].asnumpy().tolist())
a = mx.nd.array([[1, 0], [0, 0]]).tostype('row_sparse')
b = mx.nd.array([[0, 0], [0, 3]]).tostype('row_sparse')
ex = graphs[1].bind(mx.cpu(), {'x': a, 'y': b})
print(ex.forward()[0].asnumpy().tolist())
ex = graphs[3].bind(mx.cpu(), {'x': mx.nd.array([[-4, 0], [9, 0]]).tostype('csr')})
print(ex.forward()[0].asnumpy().tolist())
loaded = mx.sym.load_json(graphs[0].tojson())
print(ops(loaded))
