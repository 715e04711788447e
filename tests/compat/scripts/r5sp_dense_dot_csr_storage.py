"""dense @ csr is a csr array that stores every element of the product (zeros too), as MXNet's kernel writes it;
dense @ csr.T (transpose_b) and a forward_stype of csr keep the same layouts MXNet gives."""
import numpy as np
import mxnet as mx

D = np.array([[1., 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 4]], dtype=np.float32)
c = mx.nd.sparse.csr_matrix(D)
A = mx.nd.array([[1, 0, 2], [0, 0, 0], [3, 0, 0], [0, 0, 0]])


def show(label, f):
    try:
        y = f()
        parts = [y.data, y.indices, y.indptr] if y.stype == 'csr' else []
        print(label, y.stype, y.shape, y.asnumpy().tolist(), [p.asnumpy().tolist() for p in parts])
    except Exception as e:      # the class is what both must agree on
        print(label, type(e).__name__)


for ta in [False, True]:
    for tb in [False, True]:
        for fs in [None, 'default', 'row_sparse', 'csr']:
            show(f"dns.csr {ta} {tb} {fs}", lambda: mx.nd.sparse.dot(A if not ta else A.T, c if not tb else c.T.tostype('csr'),
                                                                     transpose_a=ta, transpose_b=tb, forward_stype=fs))
show("nd.dot zero rows", lambda: mx.nd.dot(mx.nd.zeros((2, 3)), c))
show("nd.dot mixed", lambda: mx.nd.dot(mx.nd.array([[0, 1, 0], [1, 0, 0]]), c))
show("nd.dot f64", lambda: mx.nd.dot(mx.nd.array([[0, 1, 0]], dtype='float64'), c.astype('float64')))
w = mx.nd.array([[0, 1, 0], [2, 0, 0]])
w.attach_grad()
with mx.autograd.record():
    y = mx.nd.dot(w, c)
    loss = (y * y).sum()
loss.backward()
print("recorded", y.stype, y.data.asnumpy().tolist(), w.grad.asnumpy().tolist())
