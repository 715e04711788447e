"""simple_bind of graphs whose tile infers a size below -1: a head gradient (grad_req not null) refuses an output's size in-operator, else the raw check's words come bare."""
import re

import mxnet as mx

x = mx.sym.var('x')
graphs = [('tile', mx.sym.tile(x, reps=(0, -1))), ('mul', mx.sym.tile(x, reps=(0, -1)) * 2),
          ('sum', mx.sym.sum(mx.sym.tile(x, reps=(0, -1)))), ('grp', mx.sym.Group([x * 2, mx.sym.tile(x, reps=(-1, 0, -2))])),
          ('tile3', mx.sym.tile(x, reps=(0, -1, 2)))]
for name, y in graphs:
    for req in ['write', 'null', 'add']:
        try:
            e = y.simple_bind(mx.cpu(), grad_req=req, x=(2, 3))
            print(name, req, e.outputs[0].shape)
        except Exception as e:
            print(name, req, type(e).__name__, repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))))
