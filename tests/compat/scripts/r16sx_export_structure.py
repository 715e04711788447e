"""HybridBlock.export of blocks with several inputs and outputs (nested, repeated, passed through), the JSON
it writes and SymbolBlock.imports of it."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import gluon, nd
from _words import words


class Block(gluon.HybridBlock):
    def __init__(self, fn, **kw):
        super().__init__(**kw)
        self.fn = fn
        with self.name_scope():
            self.dense = gluon.nn.Dense(2, in_units=3)

    def hybrid_forward(self, F, *xs):
        return self.fn(F, self, *xs)


def shown(r):
    return [shown(v) for v in r] if isinstance(r, (list, tuple)) else r.asnumpy().tolist()


cases = {
    "two_in": (lambda F, s, a, b: s.dense(a) + s.dense(b), 2),
    "two_out": (lambda F, s, a: (s.dense(a), a * 2), 1),
    "nested_out": (lambda F, s, a: [s.dense(a), [a, a * 3]], 1),
    "same_twice": (lambda F, s, a: (a * 2, a * 2), 1),
    "input_out": (lambda F, s, a: a, 1),
    "input_and_dense": (lambda F, s, a: (a, s.dense(a)), 1),
    "unused_in": (lambda F, s, a, b: s.dense(a), 2),
}
where = tempfile.mkdtemp()
for name, (fn, count) in cases.items():
    net = Block(fn, prefix=name + "_")
    net.initialize(mx.init.Constant(0.5))
    net.hybridize()
    print(name, shown(net(*[nd.ones((1, 3))] * count)))
    path = os.path.join(where, name)
    net.export(path, epoch=2)
    js = json.load(open(path + "-symbol.json"))
    print("  nodes", [(n["op"], n["name"], n["inputs"]) for n in js["nodes"]])
    print("  heads", js["heads"], "arg_nodes", js["arg_nodes"], "node_row_ptr", js["node_row_ptr"])
    print("  params", sorted(nd.load(path + "-0002.params")))
    names = ["data"] if count == 1 else ["data0", "data1"]
    try:
        back = gluon.SymbolBlock.imports(path + "-symbol.json", names, path + "-0002.params")
        print("  imported", shown(back(*[nd.ones((1, 3))] * count)))
    except Exception as e:
        print("  imported", words(e).replace(where, "DIR"))
