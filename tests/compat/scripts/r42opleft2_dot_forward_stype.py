"""nd.dot of dense arrays with forward_stype row_sparse/csr/default over 1-d, 2-d and 3-d operands: the result's stype, shape and values (a csr result of a 1-d product fails when read)."""
import mxnet as mx


def show(tag, fn):
    try:
        print(tag, 'ok', fn())
    except Exception as e:
        print(tag, type(e).__name__, str(e).strip().splitlines()[-1][:300])


a2 = mx.nd.arange(6).reshape((2, 3))
a1 = mx.nd.arange(3)
b1 = mx.nd.arange(2)
cases = {'2x1': (a2, a1, {}), '1x2': (b1, a2, {}), '1x1': (a1, a1, {}), '2x2': (a2, a2.T, {}),
         '2x1 tA': (a2.T, a1, {'transpose_a': True}), '1x2 tB': (a1, a2, {'transpose_b': True}),
         '2x1 tB': (a2, a1, {'transpose_b': True}), '3x1': (mx.nd.ones((2, 2, 3)), a1, {}),
         '1x3': (b1, mx.nd.ones((2, 2, 3)), {}), '2x1 f64': (a2.astype('float64'), a1.astype('float64'), {})}
for st in ['row_sparse', 'csr', 'default']:
    for name, (x, y, kw) in cases.items():
        r = mx.nd.dot(x, y, forward_stype=st, **kw)
        print((st, name), r.stype, r.shape, r.dtype.__name__)
        show((st, name, 'values'), lambda: r.asnumpy().tolist())
