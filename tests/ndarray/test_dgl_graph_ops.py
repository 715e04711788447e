"""The DGL graph operators on csr graphs of edge ids, against values measured on MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

nd = mx.nd
# The complete graph on 5 vertices; edge ids 1..20 (MXNet's docstring example).
K5 = ((np.arange(1, 21), np.array([1, 2, 3, 4, 0, 2, 3, 4, 0, 1, 3, 4, 0, 1, 2, 4, 0, 1, 2, 3]),
       np.array([0, 4, 8, 12, 16, 20])), (5, 5))
# A path-like graph on 7 vertices, every vertex with at most two neighbours.
G7 = ((np.arange(1, 8), np.array([1, 2, 0, 3, 4, 5, 6]), np.array([0, 2, 3, 4, 5, 6, 7, 7])), (7, 7))


def graph(parts, dtype=np.int64):
    (data, indices, indptr), shape = parts
    return nd.sparse.csr_matrix((data.astype(dtype), indices.astype(np.int64), indptr.astype(np.int64)), shape=shape)


def ids(values):
    return nd.array(values, dtype=np.int64)


def csr_parts(a):
    assert a.stype == "csr" and a.dtype == np.int64
    return a.data.asnumpy().tolist(), a.indices.asnumpy().tolist(), a.indptr.asnumpy().tolist(), a.shape


def test_adjacency_keeps_the_structure_with_float_ones():
    adj = nd.contrib.dgl_adjacency(graph(K5))
    assert adj.stype == "csr" and adj.dtype == np.float32 and adj.shape == (5, 5)
    np.testing.assert_array_equal(adj.indices.asnumpy(), K5[0][1])
    np.testing.assert_array_equal(adj.data.asnumpy(), np.ones(20, np.float32))


def test_subgraph_of_two_vertex_sets_matches_mxnet():
    out = nd.contrib.dgl_subgraph(graph(K5), ids([0, 2, 3]), ids([1, 4]), return_mapping=True)
    assert [csr_parts(o) for o in out] == [
        ([0, 1, 2, 3, 4, 5], [1, 2, 0, 2, 0, 1], [0, 2, 4, 6], (3, 3)), ([0, 1], [1, 0], [0, 1, 2], (2, 2)),
        ([2, 3, 9, 11, 13, 15], [1, 2, 0, 2, 0, 1], [0, 2, 4, 6], (3, 3)), ([8, 18], [1, 0], [0, 1, 2], (2, 2))]
    assert len(nd.contrib.dgl_subgraph(graph(K5), ids([0, 2, 3]), ids([1, 4]), return_mapping=False)) == 2


def test_subgraph_keeps_edge_id_zero():
    g = nd.sparse.csr_matrix((np.array([0, 5], np.int64), np.array([1, 0], np.int64), np.array([0, 1, 2], np.int64)),
                             shape=(2, 2))
    sub, mapping = nd.contrib.dgl_subgraph(g, ids([0, 1]), return_mapping=True)
    assert csr_parts(mapping) == ([0, 5], [1, 0], [0, 1, 2], (2, 2))


@pytest.mark.parametrize("call, message", [
    (lambda: nd.contrib.dgl_subgraph(graph(K5), ids([3, 0]), return_mapping=False), "sorted"),
    (lambda: nd.contrib.dgl_subgraph(graph(K5), nd.array([0, 2]), return_mapping=False),
     r"in_attrs->at\(i \+ 1\) == mshadow: :kInt64 \(0 vs. 6\)"),
    (lambda: nd.contrib.dgl_subgraph(graph(K5), ids([0, 2])), "Required parameter return_mapping"),
    (lambda: nd.contrib.dgl_subgraph(graph(K5).tostype("default"), ids([0]), return_mapping=False),
     r"in_attrs->at\(0\) == kCSRStorage \(0 vs. 2\)"),
    (lambda: nd.contrib.dgl_adjacency(graph(K5, np.float32)), r"Check failed: in_attrs->at\(0\) == mshadow: :kInt64 "
                                                             r"\(0 vs. 6\)"),
    (lambda: nd.contrib.dgl_csr_neighbor_uniform_sample(graph(K5), ids([0, 1, 2]), max_num_vertices=2), "at least"),
])
def test_bad_inputs_are_refused(call, message):
    with pytest.raises(MXNetError, match=message):
        call()


def test_compact_renumbers_columns_by_the_sampled_ids_as_mxnet():
    b = nd.sparse.csr_matrix((np.array([3, 5, 7, 9], np.int64), np.array([4, 1, 4, 1], np.int64),
                              np.array([0, 2, 2, 4, 4, 4, 4], np.int64)), shape=(6, 6))
    b2 = nd.sparse.csr_matrix((np.array([3, 5], np.int64), np.array([3, 0], np.int64),
                               np.array([0, 1, 2, 2, 2], np.int64)), shape=(4, 4))
    out = nd.contrib.dgl_graph_compact(b, b2, ids([0, 1, 3, 4, -1, -1, 4]), ids([0, 3, 5, -1, 3]),
                                       graph_sizes=(4, 3), return_mapping=False)
    assert [csr_parts(o) for o in out] == [([0, 1, 2, 3], [3, 1, 3, 1], [0, 2, 2, 4, 4], (4, 4)),
                                           ([0, 1], [1, 0], [0, 1, 2, 2], (3, 3))]
    with pytest.raises(MXNetError, match="graph_sizes"):
        nd.contrib.dgl_graph_compact(b, ids([0, 1, 3, 4, -1, -1, 4]), graph_sizes=3, return_mapping=False)


def test_sampling_that_keeps_every_neighbour_matches_mxnet():
    # num_neighbor >= every degree: nothing is random; MXNet 1.9.1 gave these (its padding is uninitialised).
    out = nd.contrib.dgl_csr_neighbor_uniform_sample(graph(G7), ids([0]), ids([3, 5]), num_args=3, num_hops=2,
                                                     num_neighbor=3, max_num_vertices=3)
    assert len(out) == 6
    assert out[0].asnumpy()[[0, 1, 2, 3]].tolist() == [0, 1, 2, 3]
    assert out[1].asnumpy().tolist() == [3, 4, 5, 3]
    assert csr_parts(out[2]) == ([1, 2], [1, 2], [0, 2, 2, 2], (3, 7))
    assert csr_parts(out[3]) == ([5], [4], [0, 1, 1, 1], (3, 7))
    assert out[4].asnumpy().tolist() == [0, 1, 1] and out[5].asnumpy().tolist() == [0, 1, 0]
    out = nd.contrib.dgl_csr_neighbor_non_uniform_sample(graph(G7), nd.arange(7) / 10, ids([0]), num_hops=2,
                                                         num_neighbor=3, max_num_vertices=3)
    assert csr_parts(out[1]) == ([1, 2], [1, 2], [0, 2, 2, 2], (3, 7))
    assert out[2].dtype == np.float32
    np.testing.assert_array_equal(out[2].asnumpy(), np.array([0, 0.1, 0.2], np.float32))
    assert out[3].asnumpy().tolist() == [0, 1, 1]


@pytest.mark.parametrize("probability", [None, [0.9, 0.8, 0.2, 0.4, 0.1]])
def test_sampled_subgraphs_are_consistent(probability):
    for seeds, hops, neighbours, most in [([0, 1, 2, 3, 4], 1, 2, 5), ([0], 2, 1, 3), ([0, 4], 2, 2, 5)]:
        args = [graph(K5)] + ([nd.array(probability)] if probability else []) + [ids(seeds)]
        fn = nd.contrib.dgl_csr_neighbor_non_uniform_sample if probability else nd.contrib.dgl_csr_neighbor_uniform_sample
        out = fn(*args, num_hops=hops, num_neighbor=neighbours, max_num_vertices=most)
        vertex_ids, sub, layers = out[0].asnumpy(), out[1], out[-1].asnumpy()
        n = vertex_ids[-1]
        assert len(vertex_ids) == most + 1 and 0 < n <= most and (vertex_ids[n:-1] == -1).all()
        assert set(seeds) <= set(vertex_ids[:n].tolist()) and (np.diff(vertex_ids[:n]) > 0).all()
        sub.check_format(full_check=True)
        rows = np.diff(sub.indptr.asnumpy())
        assert (rows <= neighbours).all() and (layers[:n] <= hops).all()
        for r in np.nonzero(rows)[0]:                # each sampled edge is a real edge of its row's vertex
            v, lo, hi = vertex_ids[r], sub.indptr.asnumpy()[r], sub.indptr.asnumpy()[r + 1]
            for col, eid in zip(sub.indices.asnumpy()[lo:hi], sub.data.asnumpy()[lo:hi]):
                assert K5[0][1][eid - 1] == col and K5[0][2][v] <= eid - 1 < K5[0][2][v + 1]
        compact = nd.contrib.dgl_graph_compact(sub, out[0], graph_sizes=int(n), return_mapping=False)
        assert compact.shape == (n, n)
        np.testing.assert_array_equal(vertex_ids[compact.indices.asnumpy()], sub.indices.asnumpy())


def test_edge_id_outside_the_graph_is_not_an_edge():
    # MXNet reads outside its index arrays for such ids; distnet answers -1 (no edge) instead of failing
    g = nd.array([[0, 1, 2], [3, 0, 4], [5, 6, 0]], dtype='int64').tostype('csr')
    found = nd.contrib.edge_id(g, ids([5, -1, 0, 2]), ids([0, 1, 1, 1]))
    assert found.asnumpy().tolist() == [-1, -1, 1, 6]


@pytest.mark.parametrize("u, v, message", [
    ([[0, 1]], [1, 0], r"Check failed: in_attrs->at\(1\).ndim\(\) == 1U \(2 vs. 1\)"),
    ([0, 1], [1], r"Check failed: in_attrs->at\(1\)\[0\] == in_attrs->at\(2\)\[0\] \(2 vs. 1\)"),
    ([], [], r"Operator _contrib_edge_id inferring shapes failed"),
])
def test_edge_id_checks_its_vertex_vectors_as_mxnet(u, v, message):
    with pytest.raises(MXNetError, match=message):
        nd.contrib.edge_id(graph(K5), nd.array(u, dtype="int64"), nd.array(v, dtype="int64"))


def test_edge_id_and_getnnz_infer_shapes_before_refusing_dense_storage():
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(1\)\.ndim\(\) == 1U \(2 vs. 1\) : "):
        nd.contrib.edge_id(nd.ones((2, 3)), nd.ones((2, 3)), nd.ones((2,)))
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(1\)\[0\] == in_attrs->at\(2\)\[0\] \(2 vs. 3\)"):
        nd.contrib.edge_id(nd.ones((2, 3)), nd.ones((2,)), nd.ones((3,)))
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(0\)\.ndim\(\) == 2 \(4 vs. 2\) : "):
        nd.contrib.getnnz(nd.ones((1, 2, 3, 4)))
    with pytest.raises(MXNetError, match="infer_stype_success"):       # well-shaped, but dense
        nd.contrib.getnnz(nd.ones((2, 3)))


def test_getnnz_of_a_csr_matrix_passes_the_shape_check():
    graph = nd.array([[0, 1, 2], [3, 0, 4]], dtype="int64").tostype("csr")
    assert nd.contrib.getnnz(graph).asnumpy().tolist() == [4]
