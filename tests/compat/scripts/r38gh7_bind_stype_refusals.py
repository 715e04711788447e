"""simple_bind refusing a clip whose range leaves out zero on a sparse argument, and _square_sum on anything but row_sparse, with MXNet's "Operator not implemented" words; the cases it binds and their output storage."""
import re

import mxnet as mx

cases = [("clip 1..2", lambda a: mx.sym.clip(a, 1, 2)), ("clip -2..-1.5", lambda a: mx.sym.clip(a, -2, -1.5)),
         ("clip 0..0", lambda a: mx.sym.clip(a, 0, 0)), ("clip -1..3", lambda a: mx.sym.clip(a, -1, 3) * 2),
         ("square_sum", lambda a: mx.sym._internal._square_sum(a, axis=1, keepdims=True)),
         ("square_sum0", lambda a: mx.sym._internal._square_sum(a, axis=0))]
for stype in ["csr", "row_sparse", "default"]:
    for name, make in cases:
        a = mx.sym.var("a", stype=stype)
        for req in ["null", "write"]:
            try:
                e = make(a).simple_bind(mx.cpu(), grad_req=req, a=(3, 4))
                print(stype, name, req, "bound", e.outputs[0].stype)
            except RuntimeError as err:
                print(stype, name, req, type(err).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(err)).replace("\n", " | "))
