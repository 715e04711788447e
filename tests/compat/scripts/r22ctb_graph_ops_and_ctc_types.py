"""getnnz counts a csr matrix storing nothing along any axis (zeros); the csr graph operators refuse mx.np arrays
as MXNet's legacy operators do; CTCLoss of float64 or float16 activations fails with MXNet's words alone."""
# recorded on AVX2
import mxnet as mx
import numpy as np


def words(e):
    """Every line of the message but the C++ trace's."""
    lines = [line for line in str(e).splitlines() if line.strip() and not line.startswith(('Traceback', '  File'))]
    return type(e).__name__ + ': ' + ' | '.join(lines).replace('MXNetError: ', '')


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, list) else [out]
        print(label, [(type(o).__name__, o.dtype.__name__, o.shape, o.asnumpy().tolist()) for o in outs])
    except Exception as e:      # (a refusal's words)
        print(label, words(e))


empty = [('zeros', mx.nd.sparse.zeros('csr', (3, 4))), ('tostype', mx.nd.zeros((2, 5)).tostype('csr')),
         ('built', mx.nd.sparse.csr_matrix((np.zeros(0), np.zeros(0, 'int64'), np.zeros(4, 'int64')), shape=(3, 2))),
         ('one value', mx.nd.sparse.csr_matrix((np.ones(1), np.zeros(1, 'int64'), np.array([0, 1, 1, 1])),
                                               shape=(3, 4)))]
for name, g in empty:
    for axis in [None, 0, 1, -1, 5]:
        show('getnnz %s axis=%s' % (name, axis), lambda: mx.nd.contrib.getnnz(g, axis=axis))

graph = mx.nd.array([[0, 1, 0], [2, 0, 3], [0, 4, 0]], dtype='int64').tostype('csr')
mx.npx.set_np()
calls = [('getnnz', lambda: mx.nd.contrib.getnnz(mx.np.ones((2, 2)))),
         ('getnnz axis', lambda: mx.nd.contrib.getnnz(mx.np.ones((2, 2)), axis=7)),
         ('getnnz unknown keyword', lambda: mx.nd.contrib.getnnz(mx.np.ones((2, 2)), foo=7)),
         ('edge_id', lambda: mx.nd.contrib.edge_id(graph, mx.np.array([0]), mx.np.array([1]))),
         ('edge_id legacy', lambda: mx.nd.contrib.edge_id(graph, mx.nd.array([0, 1]), mx.nd.array([1, 2]))),
         ('dgl_adjacency', lambda: mx.nd.contrib.dgl_adjacency(mx.np.ones((2, 2)))),
         ('dgl_subgraph', lambda: mx.nd.contrib.dgl_subgraph(graph, mx.np.array([0, 1]), return_mapping=False)),
         ('dgl_subgraph legacy', lambda: mx.nd.contrib.dgl_subgraph(graph, mx.nd.array([0, 2], dtype='int64'),
                                                                    return_mapping=True))]
for name, fn in calls:
    show(name, fn)
mx.npx.reset_np()

labels = mx.nd.array([[1, 2, 0], [3, 3, 1]])
for dtype in ['float64', 'float16']:
    for kw in [{}, dict(blank_label='last'), dict(use_data_lengths=True)]:
        args = [mx.nd.ones((5, 2, 4), dtype=dtype), labels] + ([mx.nd.array([5, 4])] if kw.get('use_data_lengths') else [])
        show('CTCLoss %s %s' % (dtype, kw), lambda: mx.nd.CTCLoss(*args, **kw))
