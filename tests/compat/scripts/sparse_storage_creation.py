# nd.zeros/empty/sparse.zeros with stype=, tostype, cast_storage, row_sparse_array, csr_matrix: reprs and parts
import mxnet as mx
from mxnet import nd
for f in [lambda: nd.zeros((2,3), stype='row_sparse'), lambda: nd.zeros((2,3), stype='csr'),
          lambda: nd.empty((2,3), stype='row_sparse'), lambda: nd.empty((2,3), stype='csr'),
          lambda: mx.nd.zeros((2,3), stype='default'), lambda: nd.sparse.zeros('csr',(2,3)),
          lambda: nd.sparse.zeros('row_sparse',(2,3), dtype='float64'),
          lambda: nd.zeros((2,3), stype='row_sparse', dtype='int32'),
          lambda: nd.array([[1,0],[0,2]]).tostype('csr'), lambda: nd.array([[1,0],[0,2]]).tostype('row_sparse'),
          lambda: nd.cast_storage(nd.array([[1,0],[0,2]]), 'csr'),
          lambda: nd.sparse.row_sparse_array(([[1,2]],[1]), shape=(3,2)),
          lambda: nd.sparse.csr_matrix(([1,2],[0,1],[0,1,2]), shape=(2,2)),
          lambda: nd.zeros((2,3), stype='foo'),
          lambda: nd.sparse.zeros('default',(2,3)),
          lambda: nd.zeros((2,3,4), stype='csr'),
          lambda: nd.empty((2,), stype='row_sparse'),
          ]:
    try:
        a = f()
        print(type(a).__name__, a.stype, a.dtype, repr(a), a.asnumpy().tolist())
        if a.stype=='row_sparse': print(a.indices, a.data)
        if a.stype=='csr': print(a.indices, a.indptr, a.data)
        print(str(a))
    except Exception as e:
        print('ERR', type(e).__name__)
