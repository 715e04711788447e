"""The nodes mx.sym.np builds and a hybridized NumPy block exports: full's value text, astype/copy, and the
names mx.sym.np lacks."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import gluon
from _words import words


def node_text(symbol):
    return [(n["op"], n["name"], sorted(n.get("attrs", {}).items())) for n in json.loads(symbol.tojson())["nodes"]]


for fill in [5, 2.5, True, -0.0, 7]:
    for dtype in [None, "int32", "float64", "bool"]:
        s = mx.sym.np.full((2,), fill, dtype=dtype)
        print("full", fill, dtype, node_text(s)[-1], s.as_nd_ndarray().eval()[0].asnumpy().tolist())
print("full default", node_text(mx.sym.np.full((2,), True))[-1], node_text(mx.sym.np.full((2,), 3))[-1])
for name in ["array", "triu", "ones", "no_such_function"]:
    try:
        print(name, hasattr(mx.sym.np, name), callable(getattr(mx.sym.np, name)))
    except AttributeError as e:
        print(name, type(e).__name__ if type(e) is AttributeError else "AttributeError subclass",
              str(e).replace("distnet", "mxnet") if "has no attribute" in str(e) else "refused")

mx.npx.set_np()


class Net(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.dense = gluon.nn.Dense(2, in_units=3)

    def hybrid_forward(self, F, x):
        y = self.dense(x)
        return (F.np.concatenate([y, y.astype("float16").astype("float32") * 2], axis=1), F.np.copy(y),
                F.np.full((2, 2), 3) + y, x.reshape(-1, 3).T)


net = Net(prefix="n_")
net.initialize(mx.init.Constant(0.25))
net.hybridize()
print([o.shape for o in net(mx.np.ones((2, 3)))])
where = tempfile.mkdtemp()
net.export(os.path.join(where, "n"))
js = json.load(open(os.path.join(where, "n-symbol.json")))
for n in js["nodes"]:
    print(n["op"], n["name"], sorted(n.get("attrs", {}).items()), n["inputs"])
print(js["heads"], js["attrs"])
print(sorted(mx.npx.load(os.path.join(where, "n-0000.params"))))
back = gluon.SymbolBlock.imports(os.path.join(where, "n-symbol.json"), ["data"], os.path.join(where, "n-0000.params"))
print([(type(o).__name__, o.shape, o.asnumpy().tolist()) for o in back(mx.np.ones((2, 3)))])
