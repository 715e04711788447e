"""A hybridized block exported and read back every way MXNet offers (SymbolBlock.imports with contexts, a
params file given as the graph, mx.model.load_checkpoint, sym.load, re-export of an imported block, a
float16 cast before export)."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words

where = tempfile.mkdtemp()


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().round(4).tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e).replace(where, "<dir>"))


def net():
    n = nn.HybridSequential()
    n.add(nn.Dense(4, activation="relu"), nn.Dense(2))
    n.initialize(mx.init.Constant(0.1))
    return n


x = nd.array([[1., 2., 3.], [4., 5., 6.]])
with mx.name.NameManager():
    n = net()
    n.hybridize()
    n(x)
    path = os.path.join(where, "m")
    n.export(path, epoch=2)
    graph, params = path + "-symbol.json", path + "-0002.params"
    attempt("imports", lambda: gluon.SymbolBlock.imports(graph, ["data"], params)(x))
    attempt("imports ctx", lambda: gluon.SymbolBlock.imports(graph, ["data"], params, ctx=mx.cpu())(x))
    attempt("imports ctx list", lambda: gluon.SymbolBlock.imports(graph, ["data"], params, ctx=[mx.cpu(0), mx.cpu(1)])(x))
    attempt("imports params as graph", lambda: gluon.SymbolBlock.imports(params, ["data"]))
    attempt("imports missing params", lambda: gluon.SymbolBlock.imports(graph, ["data"], path + "-0009.params"))
    attempt("sym.load params file", lambda: mx.sym.load(params))
    attempt("sym.load", lambda: mx.sym.load(graph).list_arguments())
    attempt("load_checkpoint", lambda: [sorted(d) for d in mx.model.load_checkpoint(path, 2)[1:]])
    attempt("load_parameters", lambda: (lambda m: (m.load_parameters(params), m(x))[1])(net()))

    def again():
        block = gluon.SymbolBlock.imports(graph, ["data"], params)
        block.hybridize()
        block(x)
        block.export(os.path.join(where, "again"))
        nodes = json.load(open(os.path.join(where, "again-symbol.json")))["nodes"]
        return [(n["op"], n["name"]) for n in nodes]
    attempt("re-export", again)

with mx.name.NameManager():
    n = net()
    n.hybridize()
    n.cast("float16")
    attempt("float16 forward", lambda: n(x.astype("float16")))
    attempt("float32 into float16", lambda: n(x))
    n.export(os.path.join(where, "half"))
    attempt("float16 params", lambda: sorted((k, str(v.dtype)) for k, v in nd.load(os.path.join(where, "half-0000.params")).items()))
    attempt("float16 reimport", lambda: gluon.SymbolBlock.imports(os.path.join(where, "half-symbol.json"), ["data"], os.path.join(where, "half-0000.params"))(x.astype("float16")))
