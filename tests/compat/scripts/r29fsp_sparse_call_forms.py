"""nd.sparse.retain/gs_retain take name= as MXNet's generated functions (and show that signature), and a sparse
array's zeros_like method given arguments calls the zeros_like operator (out=, name=, its refusals)."""
# recorded on AVX2
import inspect

import mxnet as mx
from _words import words

nd = mx.nd
print("retain", inspect.signature(nd.sparse.retain))
print("gs_retain", inspect.signature(nd.sparse.gs_retain))
r = nd.array([[0, 1], [2, 0]]).tostype("row_sparse")
c = nd.array([[0, 1], [2, 0]]).tostype("csr")
calls = [("rsp.zeros_like()", lambda: r.zeros_like()),
         ("csr.zeros_like(out=csr)", lambda: c.zeros_like(out=nd.sparse.zeros("csr", (2, 2)))),
         ("csr.zeros_like(name=)", lambda: c.zeros_like(name="z")),
         ("rsp.zeros_like(3)", lambda: r.zeros_like(3)),
         ("retain(name=)", lambda: nd.sparse.retain(r, nd.array([1]), name="q")),
         ("gs_retain", lambda: nd.sparse.gs_retain(r, nd.array([0])))]
for label, call in calls:
    try:
        x = call()
        print(label, "->", (x.stype, x.asnumpy().tolist()) if hasattr(x, "stype") else x)
    except Exception as e:
        print(label, "->", words(e))
