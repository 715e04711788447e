"""Sparse kernels need one dtype on both operands (no promotion); bool arrays cannot change storage type;
nd.sparse.cast_storage between csr and row_sparse is the operator's MXNetError."""
import numpy as np
import mxnet as mx


def show(label, fn):
    try:
        out = fn()
        print(label, out.stype, np.dtype(out.dtype).name, out.asnumpy().tolist())
    except Exception as e:      # the class is what both must agree on
        print(label, "raises", type(e).__name__)


D = np.array([[1., 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 4]], dtype=np.float32)
c, r, d = mx.nd.sparse.csr_matrix(D), mx.nd.sparse.row_sparse_array(D), mx.nd.array(D)
c64, r64, d64 = c.astype('float64'), r.astype('float64'), d.astype('float64')
cases = [("csr+csr64", lambda: c + c64), ("csr-csr64", lambda: c - c64), ("csr*csr64", lambda: c * c64),
         ("rsp+rsp64", lambda: r + r64), ("rsp*rsp64", lambda: r * r64), ("rsp*dns64", lambda: r * d64),
         ("csr*dns64", lambda: c * d64), ("csr-dns64", lambda: c - d64), ("csr/row64", lambda: c / mx.nd.ones((1, 4), 'float64')),
         ("csr*col64", lambda: c * mx.nd.ones((3, 1), 'float64')), ("add_n", lambda: mx.nd.add_n(r, r64)),
         ("elemwise_add", lambda: mx.nd.sparse.elemwise_add(c, c64)), ("elemwise_mul", lambda: mx.nd.elemwise_mul(c, d64)),
         ("elemwise_sub", lambda: mx.nd.elemwise_sub(r, d64)), ("dot", lambda: mx.nd.dot(c, d64.T)),
         ("dot tA", lambda: mx.nd.sparse.dot(c, d64[:, :2], transpose_a=True)), ("dot rsp", lambda: mx.nd.sparse.dot(c, r64.T)),
         ("dot csr64 csr", lambda: mx.nd.dot(c64, c, transpose_b=True)),
         ("same dtype", lambda: c64 * d64 + c64), ("same rsp", lambda: mx.nd.add_n(r64, r64, r64))]
for label, fn in cases:
    show(label, fn)

bz = mx.nd.sparse.zeros('csr', (2, 2), dtype='bool')
print("bool zeros", bz.stype, bz.dtype, bz.indptr.asnumpy().tolist())
br = mx.nd.sparse.row_sparse_array(([[True, False]], [1]), shape=(3, 2), dtype='bool')
print("bool parts", br.data.asnumpy().tolist(), br.indices.asnumpy().tolist())
show("bool rsp asnumpy", lambda: br)
show("bool csr tostype default", lambda: bz.tostype('default'))
show("bool astype float", lambda: br.astype('float32'))
print("bool astype data", mx.nd.sparse.csr_matrix(np.eye(2)).astype('bool').data.asnumpy().tolist())
show("bool dense tostype default", lambda: mx.nd.array([1, 0], dtype='bool').tostype('default'))
for dt in ['float32', 'int32', 'uint8']:
    x = mx.nd.array([[0, 1], [2, 0]], dtype=dt)
    for a, b in [('csr', 'row_sparse'), ('row_sparse', 'csr')]:
        show(f"sparse.cast_storage {dt} {a}->{b}", lambda: mx.nd.sparse.cast_storage(x.tostype(a), b))
        show(f"nd.cast_storage {dt} {a}->{b}", lambda: mx.nd.cast_storage(x.tostype(a), stype=b))
        show(f"tostype {dt} {a}->{b}", lambda: x.tostype(a).tostype(b))
