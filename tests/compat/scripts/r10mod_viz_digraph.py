"""The graph plot_network returns, edited as a graphviz Digraph: attr, edges, subgraph, copy, clear."""
import mxnet as mx

net = mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc')
g = mx.viz.plot_network(net, title='net')
print(g.directed, g.body[:1])
g.attr(rankdir='LR')
g.attr('node', shape='box')
g.attr(_attributes={'splines': 'ortho'})
g.edges([('a', 'b'), ('data', 'fc:out:ne')])
g.node('n1', 'first', _attributes={'z': '1', 'a': '2'}, color='red')
g.edge('n1', 'n 2', _attributes=[('w', '3'), ('b', '1')])
try:
    g.attr('cluster', color='red')
except ValueError as e:
    print('ValueError', e)
with g.subgraph(name='cluster_0') as sub:
    sub.attr(color='blue')
    sub.node('x')
    sub.edge('x', 'fc')
h = g.copy()
h.clear(keep_attrs=True)
print(repr(h.source), h.name, h.format)
print(g.source)
g.clear()
print(repr(g.source), g.node_attr)
