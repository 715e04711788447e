"""sparse.csr_matrix and sparse.row_sparse_array of a dense NDArray under autograd.record() cast its storage as a recorded operator, so the gradient reaches the dense array, as MXNet does."""
import mxnet as mx
import numpy as np

x = mx.nd.array(np.arange(6).reshape(2, 3), dtype='float32')
x.attach_grad()
for name, make in [('csr_matrix', mx.nd.sparse.csr_matrix), ('row_sparse_array', mx.nd.sparse.row_sparse_array),
                   ('tostype', lambda v: v.tostype('csr'))]:
    with mx.autograd.record():
        y = make(x)
        z = (y * 2).sum() if name == 'tostype' else y
    print(name, type(y).__name__, y.stype, y.asnumpy().tolist())
    z.backward()
    print(name, 'grad', x.grad.stype, x.grad.asnumpy().tolist())

x = mx.nd.array(np.random.RandomState(0).uniform(-2, 2, (2, 1, 3, 2)), dtype='float32')
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.sparse.row_sparse_array(x)
y.backward()
print('4-d row_sparse_array', y.stype, x.grad.asnumpy().ravel().tolist())
x = mx.nd.array(np.arange(6).reshape(2, 3), dtype='float64')
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.sparse.csr_matrix(x, dtype='float32')
y.backward()
print('csr_matrix to float32', y.dtype.__name__, x.grad.dtype.__name__, x.grad.asnumpy().tolist())
