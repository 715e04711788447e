"""The DGL graph operators check their calls as MXNet's front end and parser do."""
import mxnet as mx
from mxnet import nd, sym
from _words import words


def show(label, fn):
    try:
        r = fn()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(label, "->", [(x.stype, x.asnumpy().tolist()) for x in r])
    except Exception as e:
        print(label, "->", words(e))


g = nd.array([[0, 1, 2, 0], [3, 0, 0, 4], [0, 5, 0, 6], [7, 0, 8, 0]], dtype="int64").tostype("csr")
ids = nd.array([0, 1, 3], dtype="int64")
c = nd.contrib
show("subgraph", lambda: c.dgl_subgraph(g, ids, return_mapping=True))
show("subgraph float", lambda: c.dgl_subgraph(g, 1.5, return_mapping=True))
show("subgraph one input", lambda: c.dgl_subgraph(g, return_mapping=True))
show("subgraph no input", lambda: c.dgl_subgraph())
show("subgraph unknown", lambda: c.dgl_subgraph(g, ids, return_mapping=True, bogus=1))
show("subgraph no mapping", lambda: c.dgl_subgraph(g, ids))
show("uniform one input", lambda: c.dgl_csr_neighbor_uniform_sample(g, bogus=1))
show("non-uniform one input", lambda: c.dgl_csr_neighbor_non_uniform_sample(g))
show("compact one input", lambda: c.dgl_graph_compact(g, return_mapping=False, graph_sizes=(3,)))
show("adjacency", lambda: c.dgl_adjacency(g))
show("adjacency float", lambda: c.dgl_adjacency(1.5))
show("edge_id unknown", lambda: c.edge_id(g, ids[:2], ids[1:], bogus=1))
show("edge_id missing", lambda: c.edge_id(g, bogus=1))
for name in ["dgl_subgraph", "dgl_graph_compact", "dgl_csr_neighbor_uniform_sample"]:
    try:
        print(name, "symbol ->", getattr(sym.contrib, name)(name="s").list_arguments())
    except Exception as e:
        print(name, "symbol ->", words(e))
