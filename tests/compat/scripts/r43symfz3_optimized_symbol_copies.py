"""Executor.get_optimized_symbol under group2ctx holds the _CrossDeviceCopy nodes MXNet places between devices (one per pass of the MKLDNN backend on an inference graph on cpu(0))."""
import mxnet as mx
import json
def show(s):
    g = json.loads(s.tojson())
    print([(n['op'], n['name'], [i[0] for i in n['inputs']]) for n in g['nodes']], g['heads'])
with mx.AttrScope(ctx_group='g1'):
    a = mx.sym.Variable('a')
    w = mx.sym.Variable('w')
    b = mx.sym.FullyConnected(a, weight=w, num_hidden=2, no_bias=True, name='fc') * 2
with mx.AttrScope(ctx_group='g2'):
    c = mx.sym.relu(b) + 1
    d = mx.sym.Group([c, b + c])
for sym in [c, d]:
    for g2c in [{'g1': mx.cpu(1), 'g2': mx.cpu(2)}, {'g1': mx.cpu(0), 'g2': mx.cpu(1)}, {'g1': mx.cpu(1), 'g2': mx.cpu(1)}]:
        for req in ['write', 'null', {'a': 'null', 'w': 'write'}]:
            ex = sym.simple_bind(mx.cpu(), a=(2, 3), group2ctx=g2c, grad_req=req)
            show(ex.get_optimized_symbol())
    ex = sym.simple_bind(mx.cpu(0), a=(2, 3), grad_req='null')
    show(ex.get_optimized_symbol())
