"""Sparse copyto across storage types and dtypes, sparse keys and assignment keys, in MXNet's words."""
import mxnet as mx
import numpy as np

sp = mx.nd.sparse
D = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 0, -5]], dtype='float32')


def show(label, make):
    try:
        r = make()
        print(label, (r.stype, r.dtype.__name__, r.asnumpy().tolist()) if isinstance(r, mx.nd.NDArray) else r)
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l and not l.startswith((' ', 'Traceback', '[bt]', 'Stack'))]
        print(label, type(e).__name__, lines[0].replace('MXNetError: ', '').split(': ')[0].rstrip('.') if lines else '')


def assign(a, key, value):
    a[key] = value
    return a


makers = {'csr': lambda dt='float32': sp.csr_matrix(D.astype(dt)), 'rsp': lambda dt='float32': sp.row_sparse_array(
    D.astype(dt)), 'dense': lambda dt='float32': mx.nd.array(D, dtype=dt)}
targets = {'csr': lambda dt: sp.zeros('csr', (4, 3), dtype=dt),
           'rsp': lambda dt: sp.zeros('row_sparse', (4, 3), dtype=dt),
           'dense': lambda dt: mx.nd.zeros((4, 3), dtype=dt)}
for src in makers:
    for dst in targets:
        if src != 'dense' and dst != 'dense' and src != dst:
            continue
        for dt in ['float32', 'float64', 'float16', 'int32']:
            show('copyto %s -> %s %s' % (src, dst, dt), lambda: makers[src]().copyto(targets[dst](dt)))
for other in ['cpu', 3, None]:
    show('copyto %r' % (other,), lambda: makers['csr']().copyto(other))
for key in [1, [0, 1], None, Ellipsis, 1.0, (0, 1), slice(1, 2)]:
    show('rsp[%r]' % (key,), lambda: makers['rsp']()[key])
for key in [0, -1, -2, 3, 4, -5, True, slice(3, 1), slice(5, 9), [0], 1.0]:
    show('csr[%r]' % (key,), lambda: makers['csr']()[key])
for key in [1, (0, 1), None, slice(1, 2)]:
    show('rsp[%r] = 1' % (key,), lambda: assign(makers['rsp'](), key, 1))
    show('csr[%r] = 1' % (key,), lambda: assign(makers['csr'](), key, 1))
