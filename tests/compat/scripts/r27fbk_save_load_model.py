# Block.save / Block.load: the model file's keys, a hybridized block getting its saved graph back (hybridized, its
# parameters filed under the saved names), export and hooks after a load, a load into a net whose names differ
# recorded on AVX2
import json
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words

os.chdir(tempfile.mkdtemp())


class Net(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.body = nn.HybridSequential()
            self.body.add(nn.Dense(3, in_units=4), nn.BatchNorm(in_channels=3))
            self.head = nn.Dense(2, in_units=3)

    def hybrid_forward(self, F, x):
        return self.head(self.body(x))


class Tied(gluon.Block):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.a = nn.Dense(3, in_units=4)
            self.b = nn.Dense(3, in_units=4, params=self.a.params)

    def forward(self, x):
        return self.b(x) + self.a(x)


def show(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, "=", fn())
        except Exception as e:
            text = words(e)
            if "Unknown input to HybridBlock" in text:      # (MXNet names the first of a set's items)
                text = text.split(":")[0] + ": Unknown input to HybridBlock"
            print(label, "!", text[:160])
    for w in caught:
        print(label, "warns", str(w.message)[:160])


def keys(entry):
    return [k for k in entry if k in ("orig_name", "in_format", "out_format", "inputs", "symbol", "hybridized",
                                      "children")]


x = nd.ones((2, 4))
for make in [Net, Tied]:
    for case in ["hybridized", "child hybridized", "not hybridized", "hybridized, not run"]:
        for renamed in [False, True]:
            print("##", make.__name__, case, "renamed" if renamed else "same names")
            with mx.name.NameManager():
                a = make()
                a.initialize(mx.init.Constant(0.5))
                if case.startswith("hybridized"):
                    a.hybridize()
                elif case == "child hybridized":
                    list(a._children.values())[0].hybridize()
                if case != "hybridized, not run":
                    a(x)
                a.save("m")
                model = json.load(open("m-model.json"))
                top = model[list(model)[0]]
                print(keys(top), [keys(v) for k, v in top.items() if isinstance(v, dict) and "orig_name" in v])
                if renamed:
                    make()
                b = make()
            first = list(b._children.values())[0]
            show("load", lambda: b.load("m"))
            show("state", lambda: (b.name, getattr(b, "_active", None), first._active, list(b._children)))
            show("keys", lambda: sorted(b.collect_params().keys())[:3])
            show("names", lambda: [p.name for p in b.collect_params().values()][:2])
            show("export before a call", lambda: (b.export("e0"), sorted(nd.load("e0-0000.params")))[1])
            calls = []
            first.register_forward_hook(lambda blk, i, o: calls.append(blk.name))
            show("forward", lambda: b(x).sum().asscalar())
            show("hooks", lambda: calls)
            show("export", lambda: (b.export("e1"), sorted(nd.load("e1-0000.params")))[1])
            show("other batch", lambda: b(nd.ones((3, 4))).shape)
