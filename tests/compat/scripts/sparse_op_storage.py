# Output storage types and values of dense/csr/row_sparse operand mixes across operators
import mxnet as mx
from mxnet import nd
import numpy as np
D = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)
A = {'dns': nd.array(D), 'csr': nd.array(D).tostype('csr'), 'rsp': nd.array(D).tostype('row_sparse')}
B = {'dns': nd.array(D.T), 'csr': nd.array(D.T).tostype('csr'), 'rsp': nd.array(D.T).tostype('row_sparse')}
def show(tag, f):
    try:
        r = f()
        print(tag, r.stype, np.round(r.asnumpy(), 4).tolist())
    except Exception as e:
        print(tag, 'ERR', type(e).__name__)
for a in A:
    for b in B:
        show(f'dot {a} {b}', lambda: nd.sparse.dot(A[a], B[b]))
        show(f'dot {a} {b} tA', lambda: nd.sparse.dot(A[a], A[b], transpose_a=True))
        show(f'dot {a} {b} tB', lambda: nd.sparse.dot(A[a], A[b], transpose_b=True))
        show(f'ndot {a} {b}', lambda: nd.dot(A[a], B[b]))
        for op in ['elemwise_add', 'elemwise_sub', 'elemwise_mul', 'elemwise_div', 'broadcast_add', 'broadcast_mul', 'broadcast_div', 'maximum', 'minimum']:
            show(f'{op} {a} {b}', lambda: getattr(nd, op)(A[a], A[b]))
        show(f'add_n {a} {b}', lambda: nd.add_n(A[a], A[b]))
    for op in ['sum', 'mean', 'norm', 'square', 'sqrt', 'abs', 'sign', 'relu', 'sigmoid', 'exp', 'log1p', 'zeros_like', 'ones_like', 'negative', 'copy', 'transpose', 'square_sum']:
        f = getattr(nd, op, None) or getattr(nd, '_internal', None)
        if op == 'square_sum':
            show(f'{op} {a}', lambda: nd._internal._square_sum(A[a], axis=1, keepdims=True))
            show(f'{op} {a} 0', lambda: nd._internal._square_sum(A[a], axis=0))
        else:
            show(f'{op} {a}', lambda: getattr(nd, op)(A[a]))
    show(f'sum ax0 {a}', lambda: nd.sum(A[a], axis=0))
    show(f'sum ax1 {a}', lambda: nd.sum(A[a], axis=1))
    show(f'norm ax1 {a}', lambda: nd.norm(A[a], axis=1))
    show(f'mul scalar {a}', lambda: A[a] * 2.5)
    show(f'plus scalar {a}', lambda: A[a] + 1)
    show(f'div scalar {a}', lambda: A[a] / 2)
    show(f'pow {a}', lambda: A[a] ** 2)
    show(f'bmul vec {a}', lambda: nd.broadcast_mul(A[a], nd.array([[1], [2], [3]])))
    show(f'bdiv vec {a}', lambda: nd.broadcast_div(A[a], nd.array([[1], [2], [3]])))
    show(f'bmul row {a}', lambda: nd.broadcast_mul(A[a], nd.array([[1, 2, 3, 4]])))
    show(f'slice {a}', lambda: nd.slice(A[a], begin=(1, 1), end=(3, 3)))
    show(f'clip {a}', lambda: nd.clip(A[a], 0, 2))
    show(f'clip2 {a}', lambda: nd.clip(A[a], 1, 2))
    show(f'where {a}', lambda: nd.where(A[a], A[a], A[a]))
    show(f'cast {a}', lambda: nd.cast(A[a], dtype='int32'))
    show(f'astype {a}', lambda: A[a].astype('float64'))
    show(f'getitem {a}', lambda: A[a][1:3])
    show(f'concat {a}', lambda: nd.concat(A[a], A[a], dim=0))
    show(f'stack {a}', lambda: nd.stack(A[a], A[a]))
    show(f'Embedding {a}', lambda: nd.Embedding(nd.array([0, 2]), A[a], input_dim=3, output_dim=4))
    show(f'FC {a}', lambda: nd.FullyConnected(A[a], nd.ones((2, 4)), nd.zeros((2,)), num_hidden=2))
    show(f'take {a}', lambda: nd.take(A[a], nd.array([0, 2])))
    show(f'sparse.retain {a}', lambda: nd.sparse.retain(A[a], nd.array([0, 1])))
    show(f'square_sum kd {a}', lambda: nd.sparse.square(A[a]))
