"""A bound sparse dot's head gradient is copied into an array of its output's storage type (a csr output's is csr, so its backward falls back and writes both gradients; a row_sparse head gradient is refused there)."""
import numpy as np
import mxnet as mx

np.random.seed(0)
a = mx.nd.array(np.random.rand(3, 4).round(1))
v = (np.random.rand(4, 5) > 0.5) * np.random.rand(4, 5).round(1)
c = mx.nd.array(v).tostype('csr')
b = mx.nd.array(np.random.rand(4, 5).round(1))


def show(g):
    d = g.asnumpy()
    return '%s %.4g %.4g' % (g.stype[:3], d.sum(), (d * np.arange(1, d.size + 1).reshape(d.shape)).sum())


for ls, rs in [('default', 'csr'), ('csr', 'default'), ('csr', 'row_sparse')]:
    for reqs in [('null', 'write'), ('write', 'write'), ('write', 'add'), ('add', 'write')]:
        for head in [None, 'default', 'csr', 'row_sparse']:
            L = mx.sym.Variable('L', stype=ls)
            R = mx.sym.Variable('R', stype=rs)
            y = mx.sym.sparse.dot(L, R)
            lv = a if ls == 'default' else a.tostype('csr')
            rv = c if rs == 'csr' else b.tostype(rs)
            gl, gr = mx.nd.ones(lv.shape), mx.nd.ones(rv.shape)
            ex = y.bind(mx.cpu(), {'L': lv, 'R': rv}, args_grad={'L': gl, 'R': gr},
                        grad_req={'L': reqs[0], 'R': reqs[1]})
            out = ex.forward(is_train=True)[0]
            try:
                ex.backward(mx.nd.ones(out.shape) if head is None else (mx.nd.ones(out.shape) * 0.5).tostype(head))
                print(ls[:3], rs[:3], reqs, head, out.stype, '|', show(gl), '|', show(gr))
            except mx.base.MXNetError as e:
                print(ls[:3], rs[:3], reqs, head, type(e).__name__, str(e).split('\n')[-1][:140])
