"""Hybridized numpy-mode blocks slicing with open bounds and passing single-int shapes, sizes and counts: values,
the nodes MXNet writes for them, and the operators without gradient a hybridized graph refuses."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import gluon, np, npx
from _words import words
from _hybrid_call import Call

npx.set_np()
where = tempfile.mkdtemp()


bodies = {
    "tail": lambda F, x: x[1:],
    "head": lambda F, x: x[:-1],
    "reversed": lambda F, x: x[::-1],
    "all": lambda F, x: x[:],
    "rows_and_cols": lambda F, x: x[1:, ::-1],
    "tile_int": lambda F, x: F.np.tile(x, 2),
    "ones_int": lambda F, x: F.np.ones(3) + x,
    "zeros_int_dtype": lambda F, x: F.np.zeros(3, dtype="int32") + x,
    "full_int": lambda F, x: F.np.full(3, 2) * x,
    "uniform_size_int": lambda F, x: F.np.random.uniform(size=3) * 0 + x,
    "normal_size_int": lambda F, x: F.np.random.normal(0, 1, size=3) * 0 + x,
    "randint_size_int": lambda F, x: F.np.random.randint(0, 4, size=3) * 0 + x,
    "pad_tuple": lambda F, x: F.np.pad(x, ((1, 0), (0, 1))),
    "pad_int": lambda F, x: F.np.pad(x, 1),
    "pad_list": lambda F, x: F.np.pad(x, [(1, 0), (0, 1)], mode="edge"),
    "insert": lambda F, x: F.np.insert(x, 1, 5),
    "delete": lambda F, x: F.np.delete(x, 0, axis=1),
}
x = np.array([[1., 2., 3.], [4., 5., 6.]])
for name, fn in bodies.items():
    with mx.name.NameManager():
        block = Call(fn, prefix="s_")
        block.hybridize()
        try:
            print(name, block(x).tolist())
            block.export(os.path.join(where, name))
            graph = json.load(open(os.path.join(where, name + "-symbol.json")))
            print("  ", [(n["op"], n.get("attrs", {})) for n in graph["nodes"] if n["op"] != "null"])
            back = gluon.SymbolBlock.imports(os.path.join(where, name + "-symbol.json"), ["data"])
            print("   reimported", back(x).tolist())
        except Exception as e:
            print(name, words(e))
