"""The DGL graph operators refuse wrong vertex-id dtypes, non-csr graphs and non-1-D vertex arrays with MXNet's own
checks (shape, then type, then storage inference), and qr, multi_sum_sq and reset_arrays refuse as MXNet does."""
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


a = np.array([[0, 1, 2], [3, 0, 4], [5, 6, 0]], dtype='int64')
g = mx.nd.sparse.csr_matrix(a)
gf = mx.nd.sparse.csr_matrix(a.astype('float32'))
dense = mx.nd.array(a, dtype='int64')
vi = mx.nd.array([0, 1], dtype='int64')
vf = mx.nd.array([0, 1])
show('subgraph float32 ids', lambda: mx.nd.contrib.dgl_subgraph(g, vf, return_mapping=False))
show('subgraph int32 ids', lambda: mx.nd.contrib.dgl_subgraph(g, vf.astype('int32'), return_mapping=True))
show('subgraph second ids float32', lambda: mx.nd.contrib.dgl_subgraph(g, vi, vf, return_mapping=False))
show('subgraph dense graph', lambda: mx.nd.contrib.dgl_subgraph(dense, vi, return_mapping=False))
show('subgraph csr ids', lambda: mx.nd.contrib.dgl_subgraph(g, g, return_mapping=False))
show('subgraph 2-d ids', lambda: mx.nd.contrib.dgl_subgraph(g, dense, return_mapping=False))
show('subgraph ok', lambda: mx.nd.contrib.dgl_subgraph(g, vi, return_mapping=False).asnumpy().tolist())
show('uniform sample dense graph', lambda: mx.nd.contrib.dgl_csr_neighbor_uniform_sample(
    dense, vi, num_args=2, num_hops=1, num_neighbor=2, max_num_vertices=3))
show('non-uniform sample dense graph', lambda: mx.nd.contrib.dgl_csr_neighbor_non_uniform_sample(
    dense, mx.nd.ones((3,)), vi, num_args=3, num_hops=1, num_neighbor=2, max_num_vertices=3))
show('compact float32 ids', lambda: mx.nd.contrib.dgl_graph_compact(g, vf, graph_sizes=(2,), return_mapping=False))
show('compact float32 graph', lambda: mx.nd.contrib.dgl_graph_compact(gf, vi, graph_sizes=(2,), return_mapping=False))
show('compact dense graph', lambda: mx.nd.contrib.dgl_graph_compact(dense, vi, graph_sizes=(2,),
                                                                     return_mapping=False))
show('compact odd input count', lambda: mx.nd.contrib.dgl_graph_compact(g, vf, g, graph_sizes=(2,),
                                                                         return_mapping=False))
show('compact one input', lambda: mx.nd.contrib.dgl_graph_compact(g, graph_sizes=(2,), return_mapping=False))
show('adjacency float32', lambda: mx.nd.contrib.dgl_adjacency(gf))
show('adjacency ok', lambda: mx.nd.contrib.dgl_adjacency(g).asnumpy().tolist())
show('np qr of a legacy array', lambda: mx.np.linalg.qr(mx.nd.ones((2, 2))))


def np_shape(f):
    def run():
        mx.npx.set_np()
        try:
            return f()
        finally:
            mx.npx.reset_np()
    return run


scalar, matrix = (lambda: mx.np.ones(()).as_nd_ndarray()), (lambda: mx.np.ones((2, 3)).as_nd_ndarray())
show('multi_sum_sq 0-d', np_shape(lambda: mx.nd.multi_sum_sq(scalar(), num_arrays=1)))
show('multi_sum_sq 2-d, 0-d', np_shape(lambda: mx.nd.multi_sum_sq(matrix(), scalar(), num_arrays=2)))
show('reset_arrays 0-d', np_shape(lambda: mx.nd.reset_arrays(scalar(), num_arrays=1)))
show('reset_arrays 0-d, 2-d', np_shape(lambda: mx.nd.reset_arrays(scalar(), matrix(), num_arrays=2)))
