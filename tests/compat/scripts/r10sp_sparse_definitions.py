"""csr_matrix/row_sparse_array from parts: inferred shapes, invalid shapes, float sizes, indices beyond the shape."""
import mxnet as mx
import numpy as np

sp = mx.nd.sparse


def show(label, make):
    try:
        r = make()
        print(label, type(r).__name__, r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l and not l.startswith((' ', 'Traceback', '[bt]', 'Stack'))]
        print(label, type(e).__name__, lines[0].replace('MXNetError: ', '').split(':')[0].rstrip('.') if lines else '')


# (reading these densely writes outside MXNet's buffer: only their structure is shown)
a = sp.row_sparse_array(([[1, 2], [3, 4]], [2, 0]))
print('rsp unsorted noshape', a.shape, a.indices.asnumpy().tolist())
a = sp.row_sparse_array(([[1, 2], [3, 4]], [1, 5]), shape=(3, 2))
print('rsp index beyond shape', a.shape, a.indices.asnumpy().tolist())
show('csr column beyond width', lambda: sp.csr_matrix(([1, 2, 3], [1, 0, 2], [0, 1, 3, 3]), shape=(3, 2)))
show('csr decreasing indptr', lambda: sp.csr_matrix(([1, 2, 3], [1, 0, 2], [0, 3, 1, 3]), shape=(3, 3)))
show('csr nd float parts', lambda: sp.csr_matrix((mx.nd.array([1, 2]), mx.nd.array([1, 0]), mx.nd.array([0, 1, 2]))))
show('csr nd float parts shape', lambda: sp.csr_matrix((mx.nd.array([1, 2]), mx.nd.array([1, 0]),
                                                         mx.nd.array([0, 1, 2])), shape=(2, 2)))
show('csr nd int64 parts', lambda: sp.csr_matrix((mx.nd.array([1, 2]), mx.nd.array([1, 0], dtype='int64'),
                                                   mx.nd.array([0, 1, 2], dtype='int64'))))
show('rsp nd float16 index', lambda: sp.row_sparse_array((mx.nd.array([[1, 2]]), mx.nd.array([1], dtype='float16'))))
show('rsp nd int32 index', lambda: sp.row_sparse_array((mx.nd.array([[1, 2]]), mx.nd.array([1], dtype='int32'))))
show('csr list float index', lambda: sp.csr_matrix(([1, 2, 3], [1., 0, 2], [0., 1, 3, 3])))
show('csr shape float', lambda: sp.csr_matrix(([1], [1], [0, 1]), shape=(1, 2.0)))
show('csr shape np.float32', lambda: sp.csr_matrix(([1], [1], [0, 1]), shape=(1, np.float32(2))))
show('rsp shape float', lambda: sp.row_sparse_array(([[1, 2]], [0]), shape=(3.0, 2)))
show('csr data 2-D', lambda: sp.csr_matrix(([[1]], [1], [0, 1]), shape=(1, 2)))
show('csr indices 2-D', lambda: sp.csr_matrix(([1], [[1]], [0, 1]), shape=(1, 2)))
show('csr empty indptr', lambda: sp.csr_matrix(([1], [1], []), shape=(1, 2)))
show('csr 3-D shape', lambda: sp.csr_matrix(([1], [1], [0, 1]), shape=(1, 2, 3)))
show('csr ragged data', lambda: sp.csr_matrix(([1, [2]], [1, 0], [0, 2]), shape=(1, 2)))
show('rsp 1-D data for 2-D shape', lambda: sp.row_sparse_array(([1, 2], [0, 1]), shape=(3, 2)))
show('rsp 2-D indices', lambda: sp.row_sparse_array(([[1, 2]], [[0]]), shape=(3, 2)))
show('rsp zero width', lambda: sp.row_sparse_array((np.zeros((1, 0)), [0]), shape=(3, 0)))
show('rsp empty parts', lambda: sp.row_sparse_array(([], []), shape=(2, 3)))
show('rsp negative index noshape', lambda: sp.row_sparse_array(([[1, 2]], [-1])))
show('csr bool', lambda: sp.csr_matrix(np.array([[1, 0]]), dtype='bool'))
show('rsp bool tostype', lambda: mx.nd.array([[1, 0]], dtype='bool').tostype('row_sparse'))
for source in [np.ones((2, 2)), np.float32(1), [[1, 2]], 'text']:
    try:
        sp.array(source)
    except ValueError as e:
        print('sparse.array', type(source).__name__, e.args)
show('zeros out=', lambda: sp.zeros('row_sparse', (2, 3), out=sp.zeros('row_sparse', (2, 3))))
show('nd.zeros csr out=', lambda: mx.nd.zeros((2, 3), stype='csr', out=sp.zeros('csr', (2, 3))))
show('zeros negative size', lambda: sp.zeros('csr', (2, -3)))
show('csr dtype bogus', lambda: sp.csr_matrix(np.ones((2, 2)), dtype='bogus'))
