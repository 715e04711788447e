"""Copies made while recording (astype, copy, copyto, as_in_context) are MXNet's _copyto in the recorded graph:
get_symbol shows that op without attributes, head gradients of any dtype convert, and a second order passes
through them (nd.cast stays a Cast, whose backward has no gradient; identity's backward and a variable's own
gradient refuse a head gradient of another dtype)."""
import json
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from _words import words

# recorded on AVX2

COPIES = {
    "astype float64": lambda x: x.astype("float64"),
    "astype float32": lambda x: x.astype("float32"),
    "astype float16": lambda x: x.astype("float16"),
    "astype float32, copy=False": lambda x: x.astype("float32", copy=False),
    "copy": lambda x: x.copy(),
    "copyto cpu(0)": lambda x: x.copyto(mx.cpu(0)),
    "as_in_context cpu(1)": lambda x: x.as_in_context(mx.cpu(1)),
    "copyto an array": lambda x: x.copyto(nd.zeros((2, 2))),
    "copyto a float64 array": lambda x: x.copyto(nd.zeros((2, 2), dtype="float64")),
    "nd.cast float64": lambda x: nd.cast(x, dtype="float64"),
    "identity": nd.identity,
    "itself": lambda x: x,
}


def variable(dtype="float32"):
    x = nd.array([[1., 2.], [3., 4.]], dtype=dtype)
    x.attach_grad()
    return x


def nodes(copy):
    x = variable()
    with autograd.record():
        y = copy(nd.sin(x)) * 2
    graph = json.loads(autograd.get_symbol(y).tojson())
    return [(n["op"], n.get("attrs", {})) for n in graph["nodes"][1:]]


def second_order(copy):
    x = variable()
    with autograd.record():
        g = autograd.grad(copy(nd.sin(x)), [x], create_graph=True, retain_graph=True)[0]
    g.backward()
    return g.dtype.__name__, np.round(x.grad.asnumpy(), 4).tolist()


def head_dtype(copy, source, head):
    x = variable(source)
    with autograd.record():
        y = copy(x)
    y.backward(nd.array([[3., 4.], [5., 6.]], dtype=head))
    return x.grad.dtype.__name__, x.grad.asnumpy().tolist()


for name, copy in COPIES.items():
    for label, run in (("graph", nodes), ("second order", second_order)):
        try:
            shown = run(copy)
        except Exception as e:
            shown = words(e)
        print(name, "|", label, shown)
    row = []
    for source in ("float32", "float64"):
        for head in ("float32", "float64", "float16", "int32"):
            try:
                row.append(head_dtype(copy, source, head))
            except Exception as e:        # (the node numbers after the second orders above are not followed)
                row.append(re.sub(r"node_\d+", "node_N", words(e))[:60])
    print(name, "| heads", row)
