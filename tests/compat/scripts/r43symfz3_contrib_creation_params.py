"""Symbols of dgl_graph_compact, dgl_subgraph and quantized_rnn refuse missing required parameters at creation, and the DGL ops list an output per subgraph (and per edge mapping), as MXNet does."""
import re

import mxnet as mx

def T(name, f):
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[[\d:]+\] ', '', str(e))[:400])
d = mx.sym.Variable('d'); e = mx.sym.Variable('e')
T('compact d', lambda: mx.sym.contrib.dgl_graph_compact(d))
T('compact d e', lambda: mx.sym.contrib.dgl_graph_compact(d, e))
T('compact d e gs', lambda: mx.sym.contrib.dgl_graph_compact(d, e, graph_sizes=(2,)).list_outputs())
T('subgraph d', lambda: mx.sym.contrib.dgl_subgraph(d))
T('subgraph d e', lambda: mx.sym.contrib.dgl_subgraph(d, e))
T('subgraph d e re', lambda: mx.sym.contrib.dgl_subgraph(d, e, return_mapping=True).list_outputs())
T('qrnn d', lambda: mx.sym.contrib.quantized_rnn(d))
T('qrnn d e', lambda: mx.sym.contrib.quantized_rnn(d, e))
d = mx.sym.Variable('d'); e = mx.sym.Variable('e'); f = mx.sym.Variable('f'); g = mx.sym.Variable('g')
for rm in (True, False):
    T(f'sub {rm} 1', lambda: mx.sym.contrib.dgl_subgraph(d, e, return_mapping=rm).list_outputs())
    T(f'sub {rm} 2', lambda: mx.sym.contrib.dgl_subgraph(d, e, f, return_mapping=rm).list_outputs())
    T(f'compact {rm} 1', lambda: mx.sym.contrib.dgl_graph_compact(d, e, graph_sizes=(2,), return_mapping=rm).list_outputs())
    T(f'compact {rm} 2', lambda: mx.sym.contrib.dgl_graph_compact(d, e, f, g, graph_sizes=(2, 3), return_mapping=rm).list_outputs())
    T(f'compact {rm} 3', lambda: mx.sym.contrib.dgl_graph_compact(d, e, f, graph_sizes=(2, 3), return_mapping=rm).list_outputs())
T('sub str', lambda: mx.sym.contrib.dgl_subgraph(d, e, return_mapping='1').list_outputs())
T('sub getitem', lambda: mx.sym.contrib.dgl_subgraph(d, e, f, return_mapping=True)[3].name)
