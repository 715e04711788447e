"""simple_bind with a stype_dict that leaves an argument unknown: the storage fallback lines MXNet logs for each op reading it (dot, elemwise, add_n, FullyConnected, scalar ops, relu) before refusing the unknown arguments."""
import os
import re
import sys
import tempfile

import mxnet as mx

log_path = os.path.join(tempfile.mkdtemp(), "stderr.txt")
saved = os.dup(2)
log = os.open(log_path, os.O_WRONLY | os.O_CREAT)
sys.stderr.flush()
os.dup2(log, 2)
x = mx.sym.var("x", stype="csr")
d = mx.sym.var("d")
cases = [("dot", lambda: mx.sym.dot(x, d), dict(x=(3, 4), d=(4, 2)), "write"),
         ("dot_t", lambda: mx.sym.dot(x, d, transpose_a=True), dict(x=(3, 4), d=(3, 2)), "write"),
         ("add", lambda: mx.sym.elemwise_add(x, d), dict(x=(3, 4), d=(3, 4)), "write"),
         ("mul", lambda: mx.sym.elemwise_mul(x, d), dict(x=(3, 4), d=(3, 4)), "null"),
         ("sub", lambda: mx.sym.elemwise_sub(d, x), dict(x=(3, 4), d=(3, 4)), "null"),
         ("add_n", lambda: mx.sym.add_n(x, d, x), dict(x=(3, 4), d=(3, 4)), "write"),
         ("fc", lambda: mx.sym.FullyConnected(d, num_hidden=4, name="fc") + x, dict(x=(3, 4), d=(3, 4)), "write"),
         ("scalar", lambda: d * 2 + x, dict(x=(3, 4), d=(3, 4)), "write"),
         ("relu", lambda: mx.sym.relu(d) + x, dict(x=(3, 4), d=(3, 4)), "null"),
         ("sigmoid", lambda: mx.sym.relu(mx.sym.sigmoid(d)) + x, dict(x=(3, 4), d=(3, 4)), "write"),
         ("split", lambda: mx.sym.split(d, num_outputs=2, axis=1)[0] + mx.sym.slice(x, begin=(0, 0), end=(3, 2)),
          dict(x=(3, 4), d=(3, 4)), "write")]
for name, make, shapes, req in cases:
    try:
        e = make().simple_bind(mx.cpu(), stype_dict={"x": "csr"}, grad_req=req, **shapes)
        print(name, "bound", [o.stype for o in e.outputs], flush=True)
    except RuntimeError as err:
        print(name, type(err).__name__, str(err).split("\n")[-2], flush=True)
    sys.stderr.flush()
    print("log lines so far:", sum(1 for _ in open(log_path)), flush=True)
sys.stderr.flush()
os.dup2(saved, 2)
os.close(log)
with open(log_path) as f:
    for line in f:
        print("log:", re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", line.rstrip()))
