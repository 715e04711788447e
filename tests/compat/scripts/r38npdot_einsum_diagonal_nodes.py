"""mx.np einsum records its subscripts as given (implicit output, spaces, an ellipsis: one node), and a second order through np.diagonal or np.trace finds no input needing a gradient (their backward reads only the output gradient), as MXNet does."""
import json

import mxnet as mx
from mxnet import autograd, np, npx

npx.set_np()


def recorded(y):
    return [(n['op'], n.get('attrs', {})) for n in json.loads(autograd.get_symbol(y).tojson())['nodes']
            if n['op'] != 'null']


x = np.arange(9., dtype='float32').reshape(3, 3)
y = np.ones((3, 2))
x.attach_grad()
for sub, ops in [('ii', (x,)), ('ij', (x,)), ('ji', (x,)), ('ij, jk', (x, y)), (' ij,jk -> ik', (x, y)),
                 ('ij,jk', (x, y)), ('ii->i', (x,)), ('...j,jk->...k', (x, y)), ('i...,i', (x, np.ones(3))),
                 ('...', (x,))]:
    with autograd.record():
        r = np.einsum(sub, *ops)
    print(repr(sub), r.shape, recorded(r))

a = np.arange(24, dtype='float32').reshape(2, 3, 4) / 5
for name, f, arr in [('diagonal', np.diagonal, x), ('diagonal 3-d', lambda t: np.diagonal(t, -1, 2, 0), a),
                     ('trace', np.trace, x), ('trace 3-d', lambda t: np.trace(t, 1, 1, 2), a),
                     ('einsum', lambda t: np.einsum('ijk->i', t), a)]:
    arr.attach_grad()
    try:
        with autograd.record():
            out = f(arr)
            (g,) = autograd.grad(out, [arr], create_graph=True, retain_graph=True)
            z = g.sum()
        z.backward()
        print(name, 'second order', arr.grad)
    except mx.MXNetError as e:
        print(name, 'second order:', [line for line in str(e).splitlines() if 'Error' in line][-1])
