"""Sparse arithmetic and sparse dot refuse operands of two dtypes with MXNet's type check alone (no added hint)."""
import numpy as np
import mxnet as mx


def show(label, f):
    try:
        print(label, 'OK', f())
    except Exception as e:
        lines = str(e).split('Stack trace')[0].strip().splitlines()
        print(label, type(e).__name__)
        for line in lines:
            print('   ', line)


c32 = mx.nd.sparse.csr_matrix(np.eye(3, dtype='float32'))
c64 = mx.nd.sparse.csr_matrix(np.eye(3, dtype='float64'))
r32 = mx.nd.sparse.row_sparse_array(np.eye(3, dtype='float32'))
r64 = mx.nd.sparse.row_sparse_array(np.eye(3, dtype='float64'))
show('csr + csr', lambda: c32 + c64)
show('csr * dense', lambda: c32 * mx.nd.ones((3, 3), dtype='float64'))
show('rsp + rsp', lambda: r32 + r64)
show('rsp elemwise_sub', lambda: mx.nd.sparse.elemwise_sub(r32, r64))
show('rsp * dense', lambda: r32 * mx.nd.ones((3, 3), dtype='float64'))
show('dot csr, float64', lambda: mx.nd.sparse.dot(c32, mx.nd.ones((3, 2), dtype='float64')))
show('dot csr.T, float16', lambda: mx.nd.sparse.dot(c32, mx.nd.ones((3, 2), dtype='float16'), transpose_a=True))
show('dot float64, rsp', lambda: mx.nd.sparse.dot(mx.nd.ones((2, 3), dtype='float64'), r32))
show('dot int32 csr, float32', lambda: mx.nd.sparse.dot(c32.astype('int32'), mx.nd.ones((3, 2))))
show('dot csr, float32', lambda: mx.nd.sparse.dot(c32, mx.nd.ones((3, 2))).asnumpy().tolist())
