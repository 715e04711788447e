"""The DGL neighbour samplers check the ranks of the graph, probabilities and seeds before the graph's storage type, as MXNet does."""
import mxnet as mx


def show(name, f):
    try:
        f()
        print(name, 'OK')
    except mx.base.MXNetError as e:
        print(name, str(e).replace('\n', '|'))


dense = mx.nd.ones((5, 5))
csr = dense.tostype('csr')
seeds = mx.nd.array([0, 1], dtype='int64')
seed_rows = mx.nd.array([[0, 1]], dtype='int64')
prob = mx.nd.ones((5,))
kw = dict(num_hops=1, num_neighbor=2, max_num_vertices=5)
uniform = lambda g, *s: mx.nd.contrib.dgl_csr_neighbor_uniform_sample(g, *s, num_args=1 + len(s), **kw)
weighted = lambda g, p, *s: mx.nd.contrib.dgl_csr_neighbor_non_uniform_sample(g, p, *s, num_args=2 + len(s), **kw)
for name, sample in (('uniform', uniform), ('non-uniform', lambda g, *s: weighted(g, prob, *s))):
    show(name + ' dense graph', lambda: sample(dense, seeds))
    show(name + ' dense graph, seed rows', lambda: sample(dense, seed_rows))
    show(name + ' csr graph, seed rows', lambda: sample(csr, seed_rows))
    show(name + ' csr graph, second seeds rows', lambda: sample(csr, seeds, seed_rows))
    show(name + ' vector graph', lambda: sample(mx.nd.ones((5,)), seeds))
    show(name + ' 3-d graph', lambda: sample(mx.nd.ones((2, 2, 2)), seeds))
    show(name + ' 0-d seeds', lambda: sample(dense, mx.nd.array(3)))
    show(name + ' csr seeds', lambda: sample(csr, csr))
show('non-uniform csr graph, probability column', lambda: weighted(csr, mx.nd.ones((5, 1)), seeds))
show('non-uniform dense graph, probability column', lambda: weighted(dense, mx.nd.ones((5, 1)), seeds))
show('non-uniform csr probability', lambda: weighted(csr, csr, seeds))
show('non-uniform dense graph, column, seed rows', lambda: weighted(dense, mx.nd.ones((5, 1)), seed_rows))
