"""Signatures of the generated functions of nd/sym._internal creation and image operators and of the contrib backward
operators, and the calls that read their attributes."""
import inspect

import mxnet as mx

for n in ("_zeros", "_ones", "_full", "_arange", "_eye", "_cvimread", "_cvimdecode", "_cvimresize"):
    print(n, inspect.signature(getattr(mx.nd._internal, n)))
    if not n.startswith("_cv"):
        print(n, inspect.signature(getattr(mx.sym._internal, n)))
for n in ("backward_hawkesll", "backward_index_copy", "backward_quadratic"):
    print(n, inspect.signature(getattr(mx.nd.contrib, n)), inspect.signature(getattr(mx.sym.contrib, n)))
for label, call in [("zeros", lambda: mx.nd._internal._zeros(shape=(2,), ctx=mx.cpu(), dtype="int32")),
                    ("ones", lambda: mx.nd._internal._ones(shape=(1, 2))),
                    ("full", lambda: mx.nd._internal._full(shape=(2,), value=3)),
                    ("arange", lambda: mx.nd._internal._arange(start=1, stop=4)),
                    ("eye", lambda: mx.nd._internal._eye(N=2, k=1, dtype="float64")),
                    ("sym zeros", lambda: mx.sym._internal._zeros(shape=(2,), dtype="int32").tojson().count("int32")),
                    ("imread none", lambda: mx.nd._internal._cvimread()),
                    ("imread missing", lambda: mx.nd._internal._cvimread("missing.jpg"))]:
    try:
        r = call()
        print(label, r if isinstance(r, int) else (r.dtype.__name__, r.asnumpy().tolist()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).split("\n")[-1][:120])
