"""edge_id, getnnz and dgl_adjacency check vertex vectors, storage and types as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        print(label, out.stype, out.dtype.__name__, out.shape, out.asnumpy().tolist())
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


g = nd.array([[0, 1, 0, 2], [3, 0, 0, 0], [0, 0, 0, 4], [5, 6, 0, 0]]).tostype('csr')
ids = nd.sparse.csr_matrix((np.array([1, 2, 3], np.int64), np.array([1, 0, 2], np.int64),
                            np.array([0, 1, 2, 3], np.int64)), shape=(3, 3))
show('edge_id', lambda: nd.contrib.edge_id(g, nd.array([0, 1, 3, 2]), nd.array([1, 0, 1, 1])))
show('edge_id 2-d u', lambda: nd.contrib.edge_id(g, nd.array([[0, 1]]), nd.array([1, 0])))
show('edge_id 2-d v', lambda: nd.contrib.edge_id(g, nd.array([0, 1]), nd.array([[1, 0]])))
show('edge_id lengths', lambda: nd.contrib.edge_id(g, nd.array([0, 1]), nd.array([1])))
show('edge_id empty', lambda: nd.contrib.edge_id(g, nd.array(np.zeros(0)), nd.array(np.zeros(0))))
show('edge_id dense', lambda: nd.contrib.edge_id(nd.ones((3, 3)), nd.array([0]), nd.array([1])))
show('getnnz dense', lambda: nd.contrib.getnnz(nd.ones((3, 3))))
show('getnnz', lambda: nd.contrib.getnnz(g, axis=1))
show('adjacency', lambda: nd.contrib.dgl_adjacency(ids))
show('adjacency float32', lambda: nd.contrib.dgl_adjacency(g))
show('adjacency dense float32', lambda: nd.contrib.dgl_adjacency(nd.ones((3, 3))))
