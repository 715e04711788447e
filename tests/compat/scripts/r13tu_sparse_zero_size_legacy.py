"""Zero-size sparse arrays outside NumPy shapes fail _zeros or cast_storage shape inference in MXNet's report (also via rand_ndarray)."""
import mxnet as mx, numpy as np
for f in [lambda: mx.nd.sparse.zeros('row_sparse', (0, 3)), lambda: mx.nd.sparse.zeros('csr', (0, 3)), lambda: mx.nd.sparse.zeros('row_sparse', (2, 0), dtype='int32'),
          lambda: mx.nd.sparse.empty('row_sparse', (0, 3)), lambda: mx.nd.zeros((0, 3), stype='row_sparse'), lambda: mx.nd.sparse.zeros('csr', (3, 0), ctx=mx.cpu(1)),
          lambda: mx.nd.array(np.zeros((0, 2))).tostype('csr'), lambda: mx.nd.sparse.row_sparse_array((np.zeros((0, 3)), np.zeros(0)), shape=(0, 3)),
          lambda: mx.nd.sparse.csr_matrix((np.zeros(0), np.zeros(0), np.zeros(1)), shape=(0, 3))]:
    try:
        print(f())
    except Exception as e:
        print(repr(str(e).replace('MXNetError: ', '').replace('Traceback (most recent call last):\n  File "../src/imperative/./imperative_utils.h", line 147\n', '')))
from mxnet import test_utils as tu
for stype in ['row_sparse', 'csr']:
    try:
        tu.rand_ndarray((0, 3), stype, density=0.5)
    except Exception as e:
        print(stype, type(e).__name__, str(e).replace('MXNetError: ', '').replace('Traceback (most recent call last):\n  File "../src/imperative/./imperative_utils.h", line 147\n', '').split('\n')[0])
with mx.util.np_shape(True):
    print(mx.nd.sparse.zeros('row_sparse', (0, 3)).shape, mx.nd.sparse.zeros('csr', (0, 3)).shape)
