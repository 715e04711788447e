"""broadcast_div of a csr array by a dense one: the csr kernel (same-shape refused) without out= or with a csr out=, the storage fallback for a dense or row_sparse out=; with other sparse/dense binary ops and out= storage types."""
import mxnet as mx
import numpy as np

nd = mx.nd
S = nd.sparse
d = nd.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 0, 0]])


def t(f):
    try:
        r = f()
        return '%s %s' % (r.stype, np.round(r.asnumpy().ravel(), 4).tolist())
    except (mx.MXNetError, TypeError) as e:
        return 'ERR %s %r' % (type(e).__name__, str(e).split('\n')[-1])


def make_out(o):
    return None if o is None else nd.zeros((4, 3)) if o == 'dns' else S.zeros(o, (4, 3))


for rhs in (nd.array([[2., 4, 8]]), nd.array([[2.], [4], [8], [16]]), nd.array([2.]), d + 1):
    for o in (None, 'dns', 'csr', 'row_sparse'):
        print(rhs.shape, o, t(lambda: nd.broadcast_div(d.tostype('csr'), rhs, out=make_out(o))))

mk = {'dns': lambda: d.copy(), 'csr': lambda: d.tostype('csr'), 'rsp': lambda: d.tostype('row_sparse')}
ops = {'broadcast_div': nd.broadcast_div, 'broadcast_mul': nd.broadcast_mul, 'elemwise_div': S.elemwise_div,
       'divide': S.divide}
for name, op in ops.items():
    for a in mk:
        for b in mk:
            for o in (None, 'dns', 'csr', 'row_sparse'):
                print(name, a, b, o, t(lambda: op(mk[a](), mk[b](), out=make_out(o))))
