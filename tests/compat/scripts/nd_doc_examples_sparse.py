# Sparse documentation examples (CSRNDArray, csr_matrix, row_sparse_array, sparse add/subtract/multiply/divide, retain) with values
import mxnet as mx
import numpy as np
from mxnet import nd


def text(label, r):
    if isinstance(r, (list, tuple)):
        lines = ['%s %s %d' % (label, type(r).__name__, len(r))]
        lines += [text('%s[%d]' % (label, i), x) for i, x in enumerate(r)]
        return '\n'.join(lines)
    if isinstance(r, nd.NDArray):
        return "%s %s %s %s\n%r\n%r" % (label, np.dtype(r.dtype).name, r.shape, r.stype, r, r.asnumpy())
    return '%s %s %r' % (label, type(r).__name__, r)


def show(label, f):
    try:
        s = text(label, f())
    except Exception as e:
        s = '%s EXC %s' % (label, type(e).__name__)
    print(s)


A = nd.array
a = A([[0, 1, 0], [2, 0, 0], [0, 0, 0], [0, 0, 3]]).tostype('csr')
show('csr_data', lambda: a.data)
show('csr_indices', lambda: a.indices)
show('csr_indptr', lambda: a.indptr)
show('csr_repr', lambda: repr(a))
for st in ('csr', 'row_sparse'):
    x, y = nd.ones((2, 3)).tostype(st), nd.ones((2, 3)).tostype(st)
    d = nd.arange(2).reshape((2, 1)) + 1
    z = nd.arange(3) + 1
    show(st + '_add', lambda: x + y)
    show(st + '_add_fn', lambda: nd.sparse.add(x, y))
    show(st + '_add_dense', lambda: nd.sparse.add(x, d))
    show(st + '_add_dense_z', lambda: nd.sparse.add(x, z))
    show(st + '_sub', lambda: nd.sparse.subtract(x * 6, y))
    show(st + '_sub_dense', lambda: nd.sparse.subtract(x, d))
    show(st + '_sub_scalar', lambda: x - 2)
    show(st + '_mul', lambda: nd.sparse.multiply(x * 6, y))
    show(st + '_mul_dense', lambda: nd.sparse.multiply(x * 6, d))
    show(st + '_mul_z', lambda: nd.sparse.multiply(x * 6, z))
    show(st + '_mul_z2', lambda: nd.sparse.multiply(x * 6, z.reshape((1, 3))))
    show(st + '_mul_scalar', lambda: x * 2)
    show(st + '_div', lambda: x * 6 / 2)
    show(st + '_div_dense', lambda: nd.sparse.divide(x * 6, d))
    show(st + '_div_z', lambda: nd.sparse.divide(x * 6, z))
    show(st + '_div_z2', lambda: nd.sparse.divide(x * 6, z.reshape((1, 3))))
    show(st + '_div_sparse', lambda: nd.sparse.divide(x * 6, y))
    show(st + '_rdiv', lambda: 2 / x)
    show(st + '_neg', lambda: -x)
    show(st + '_eq', lambda: x == y)
    show(st + '_gt_scalar', lambda: x > 0.5)
show('csr_matrix', lambda: nd.sparse.csr_matrix(([1, 2, 3], [1, 0, 2], [0, 1, 2, 2, 3]), shape=(4, 3)))
show('csr_matrix_dense', lambda: nd.sparse.csr_matrix(np.eye(3, dtype='float64')))
show('csr_matrix_shape', lambda: nd.sparse.csr_matrix((2, 3)))
show('rsp_array', lambda: nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [1, 4]), shape=(6, 2)))
show('rsp_array_shape', lambda: nd.sparse.row_sparse_array((3, 2), dtype='int32'))
show('rsp_array_dense', lambda: nd.sparse.row_sparse_array(np.array([[0, 1], [0, 0], [2, 0]])))
show('rsp_array_unsorted', lambda: nd.sparse.row_sparse_array(([[1, 2], [3, 4]], [4, 1]), shape=(6, 2)))
show('sparse_array_csr', lambda: nd.sparse.array(nd.sparse.zeros('csr', (3, 2))))
show('sparse_array_rsp', lambda: nd.sparse.array(nd.sparse.zeros('row_sparse', (3, 2))))
show('sparse_array_np', lambda: nd.sparse.array(np.eye(2)))
show('sparse_zeros_f16', lambda: nd.sparse.zeros('row_sparse', (1, 2), ctx=mx.cpu(), dtype='float16'))
show('sparse_zeros_bad', lambda: nd.sparse.zeros('default', (1, 2)))
show('sparse_empty', lambda: nd.sparse.empty('csr', (2, 2)))
show('retain_doc', lambda: nd.sparse.retain(nd.sparse.row_sparse_array(([[1, 2], [3, 4], [5, 6]], [0, 1, 3]), shape=(4, 2)), nd.array([0, 3])))
show('retain_doc_data', lambda: nd.sparse.retain(nd.sparse.row_sparse_array(([[1, 2], [3, 4], [5, 6]], [0, 1, 3]), shape=(4, 2)), nd.array([0, 3])).data)
show('csr_slice', lambda: a[1:3])
show('csr_tostype_default', lambda: a.tostype('default'))
show('csr_copyto', lambda: a.copyto(mx.cpu()))
