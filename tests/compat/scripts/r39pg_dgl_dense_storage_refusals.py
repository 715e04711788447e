"""getnnz and edge_id given a dense matrix fail MXNet's storage inference (its report lists the inputs' storage
types, the unknown output, the given attributes and the device); edge_id logs first that it cannot dispatch."""
import numpy as np
import mxnet as mx
from mxnet import nd


def show(label, f):
    try:
        print(label, f())
    except mx.base.MXNetError as e:
        print(label, 'MXNetError', str(e).split('Stack trace')[0].strip())


g = nd.sparse.csr_matrix((np.array([1, 2, 3], dtype='int64'), [1, 0, 2], [0, 1, 2, 3]), shape=(3, 3))
show('getnnz dense', lambda: nd.contrib.getnnz(nd.ones((2, 2))))
show('getnnz dense axis 1', lambda: nd.contrib.getnnz(nd.ones((2, 2)), axis=1))
show('getnnz csr', lambda: nd.contrib.getnnz(g, axis=1))
show('edge_id dense', lambda: nd.contrib.edge_id(nd.ones((2, 2)), nd.array([0]), nd.array([0])))
show('edge_id dense int64', lambda: nd.contrib.edge_id(nd.ones((2, 2), dtype='int64'), nd.array([0], dtype='int64'),
                                                       nd.array([0], dtype='int64')))
show('edge_id csr', lambda: nd.contrib.edge_id(g, nd.array([0, 1], dtype='int64'), nd.array([1, 1], dtype='int64')))
