"""Rows of a csr array taken by indexing (a slice, an int) while recording are a recorded slice: gradients reach the csr variable (dense, row_sparse or csr buffers) and the rows feed a sparse dot."""
import numpy as np
import mxnet as mx

c = mx.nd.array(np.arange(20).reshape(4, 5) % 3).tostype('csr')
w = mx.nd.array(np.arange(10).reshape(5, 2) / 4)
for key in [slice(1, 3), 2, -1, slice(0, 4), slice(None, 2)]:
    for stype in ['default', 'row_sparse', 'csr']:
        C = c.copy()
        C.attach_grad(stype=stype)
        with mx.autograd.record():
            z = C[key]
            loss = (z.tostype('default') * mx.nd.arange(z.shape[0] * z.shape[1]).reshape(z.shape)).sum()
        loss.backward()
        print(key, stype, z.stype, z.shape, C.grad.stype, C.grad.asnumpy().tolist())
for stype in ['default', 'row_sparse']:
    C, W = c.copy(), w.copy()
    C.attach_grad(stype='default')
    W.attach_grad(stype=stype)
    with mx.autograd.record():
        y = mx.nd.sparse.dot(C[1:3], W)
    y.backward()
    # (with a row_sparse W, dot's kernel leaves the rows' gradient unwritten: MXNet's is uninitialized memory)
    rows_grad = C.grad.asnumpy().tolist() if stype == 'default' else '-'
    print('dot rows', stype, y.asnumpy().tolist(), rows_grad, W.grad.stype, W.grad.asnumpy().tolist())
