"""retain, square_sum and sparse dot: MXNet 1.9.1's fluent retain, rows beyond the shape, storage refusals."""
import mxnet as mx
import numpy as np

sp = mx.nd.sparse
D = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 0, 0]], dtype='float32')


def show(label, make):
    try:
        r = make()
        if isinstance(r, mx.nd.NDArray):
            extra = r.indices.asnumpy().tolist() if r.stype == 'row_sparse' else ''
            r = (r.stype, r.asnumpy().tolist(), extra)
        print(label, r)
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l and not l.startswith((' ', 'Traceback', '[bt]', 'Stack'))]
        print(label, type(e).__name__, lines[0].replace('MXNetError: ', '') if lines else '')


R = sp.row_sparse_array(D)
show('method retain', lambda: R.retain(mx.nd.array([1])))
show('method retain list', lambda: R.retain([1, 3]))
show('gs_retain', lambda: sp.gs_retain(R, mx.nd.array([1])))
for idx in [[0, 1], [3, 1], [2], [], [0, 0]]:
    show('retain %s' % idx, lambda: sp.retain(R, mx.nd.array(idx)))
beyond = sp.retain(R, mx.nd.array([1, 5]))      # (read densely, MXNet writes outside its buffer)
print('retain [1, 5]', beyond.indices.asnumpy().tolist(), beyond.data.asnumpy().tolist())
show('retain int64 indices', lambda: sp.retain(R, mx.nd.array([1, 3], dtype='int64')))
show('retain np indices', lambda: sp.retain(R, np.array([1, 3])))
show('retain list indices', lambda: sp.retain(R, [1, 3]))
show('retain csr data', lambda: sp.retain(sp.csr_matrix(D), mx.nd.array([1])))
show('retain dense data', lambda: sp.retain(mx.nd.array(D), mx.nd.array([1])))
show('retain csr indices', lambda: sp.retain(R, sp.csr_matrix(D)))
show('retain out rsp', lambda: sp.retain(R, mx.nd.array([1]), out=sp.zeros('row_sparse', (4, 3))))
show('retain out dense', lambda: sp.retain(R, mx.nd.array([1]), out=mx.nd.zeros((4, 3))))
for axis in [None, 0, 1, -1, (0, 1)]:
    show('square_sum rsp axis=%s' % (axis,), lambda: mx.nd._internal._square_sum(R, axis=axis))
    show('square_sum csr axis=%s' % (axis,), lambda: mx.nd._internal._square_sum(sp.csr_matrix(D), axis=axis))
show('square_sum rsp axis=1 keepdims', lambda: mx.nd._internal._square_sum(R, axis=1, keepdims=True))
show('square_sum dense', lambda: mx.nd._internal._square_sum(mx.nd.array(D), axis=1))
for fs in [None, 'default', 'csr', 'row_sparse', 'bogus']:
    show('dot csr.T dense fs=%s' % fs,
         lambda: sp.dot(sp.csr_matrix(D), mx.nd.array(np.arange(8).reshape(4, 2)), transpose_a=True, forward_stype=fs))
for stype in ['csr', 'bogus', None]:
    show('cast_storage stype=%s' % stype, lambda: mx.nd.cast_storage(mx.nd.array(D), stype=stype))
    show('sym.cast_storage stype=%s' % stype, lambda: mx.sym.cast_storage(mx.sym.var('d'), stype=stype).list_attr())
    show('tostype %s' % stype, lambda: mx.nd.array(D).tostype(stype))
show('Embedding csr weight', lambda: mx.nd.Embedding(mx.nd.array([0, 2]), sp.csr_matrix(D), input_dim=4, output_dim=3))
show('cast_storage without stype', lambda: mx.nd.cast_storage(mx.nd.array(D)))
show('cast_storage csr without stype', lambda: mx.nd.cast_storage(sp.csr_matrix(D)))
show('cast_storage csr stype=None', lambda: mx.nd.cast_storage(sp.csr_matrix(D), stype=None))
show('cast_storage csr -> row_sparse', lambda: mx.nd.cast_storage(sp.csr_matrix(D), stype='row_sparse'))
show('cast_storage rsp -> csr', lambda: mx.nd.cast_storage(R, stype='csr'))
C = sp.csr_matrix(D)
for rhs, kwargs in [((2, 4), dict(transpose_b=True)), ((3, 2), dict(transpose_a=True)), ((4, 2), {}), ((3,), {}),
                    ((3, 2, 2), {}), ((4,), dict(transpose_a=True))]:
    show('dot csr %s %s' % (rhs, sorted(kwargs)), lambda: sp.dot(C, mx.nd.ones(rhs), **kwargs).shape)
    show('dot csr %s %s read' % (rhs, sorted(kwargs)), lambda: sp.dot(C, mx.nd.ones(rhs), **kwargs).asnumpy().shape)
