"""np.linalg.norm (and cholesky) inside hybridized numpy-mode blocks: values, gradients, the exported _npi_norm
nodes (axis, flag, keepdims, ord as MXNet writes them) and SymbolBlock.imports of the export."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import autograd, gluon, np, npx
from _words import words

npx.set_np()
where = tempfile.mkdtemp()


class Norm(gluon.HybridBlock):
    def __init__(self, kwargs, **kw):
        super().__init__(**kw)
        self.kwargs = kwargs

    def hybrid_forward(self, F, x):
        return F.np.linalg.norm(x, **self.kwargs)


cases = [{}, {"keepdims": True}, {"ord": "fro"}, {"axis": 1}, {"axis": -1, "keepdims": True}, {"ord": 2, "axis": 1},
         {"ord": 2.0, "axis": 0}, {"ord": 1, "axis": 1}, {"ord": 3, "axis": (0,)}, {"ord": -1, "axis": 1},
         {"ord": 0, "axis": 1}, {"ord": "fro", "axis": (0, 1)}, {"axis": (0, 1), "keepdims": True},
         {"ord": "f", "axis": 1}, {"ord": "inf", "axis": 1}, {"ord": "-inf", "axis": 0}]
x = np.array([[3., -4., 0.5], [1., 2., -2.]])
for i, kwargs in enumerate(cases):
    with mx.name.NameManager():
        block = Norm(kwargs, prefix="norm_")
        block.hybridize()
        data = x.copy()
        data.attach_grad()
        try:
            with autograd.record():
                out = block(data)
            out.backward()
            print(kwargs, out.round(4).tolist(), data.grad.round(4).tolist())
            path = os.path.join(where, "n%d" % i)
            block.export(path)
            graph = json.load(open(path + "-symbol.json"))
            print("  ", [(n["op"], n.get("attrs", {})) for n in graph["nodes"] if n["op"] != "null"], graph["node_row_ptr"])
            back = gluon.SymbolBlock.imports(path + "-symbol.json", ["data"])
            print("   reimported", back(x).round(4).tolist())
        except Exception as e:
            print(kwargs, words(e))


class Cholesky(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.np.linalg.cholesky(x)


with mx.name.NameManager():
    block = Cholesky(prefix="chol_")
    block.hybridize()
    spd = np.array([[4., 2.], [2., 3.]])
    spd.attach_grad()
    with autograd.record():
        out = block(spd)
    out.backward()
    print("cholesky", out.round(4).tolist(), spd.grad.round(4).tolist())
    path = os.path.join(where, "chol")
    block.export(path)
    graph = json.load(open(path + "-symbol.json"))
    print("  ", [(n["op"], n["name"]) for n in graph["nodes"]], graph["node_row_ptr"])
    print("   reimported", gluon.SymbolBlock.imports(path + "-symbol.json", ["data"])(spd).round(4).tolist())
