"""A hybrid block inside another, hybridized at either level or both: which F each hybrid_forward sees, when
each runs, hooks of the inner block, outputs and gradients, and what changes after the first call."""
import json
import os
import tempfile

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words

calls = []


class Inner(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.d = nn.Dense(2, in_units=2)

    def hybrid_forward(self, F, x):
        calls.append("inner:" + F.__name__.split(".")[-1])
        return self.d(x)


class Outer(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.i = Inner()

    def hybrid_forward(self, F, x):
        calls.append("outer:" + F.__name__.split(".")[-1])
        return self.i(x) * 2


def report(label, fn):
    del calls[:]
    try:
        r = fn()
        shown = r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r
    except Exception as e:
        shown = words(e)
    print(label, "->", shown, calls)


def built(setup):
    o = Outer()
    o.initialize("ones")
    setup(o)
    return o


x = nd.array([[1, 2]])
for label, setup in [("none", lambda o: None), ("outer", lambda o: o.hybridize()),
                     ("inner", lambda o: o.i.hybridize()),
                     ("outer, inner off", lambda o: (o.hybridize(), o.i.hybridize(False))),
                     ("static", lambda o: o.hybridize(static_alloc=True, static_shape=True))]:
    o = built(setup)
    report(label + " first", lambda: o(x))
    report(label + " second", lambda: o(x))
    report(label + " new batch", lambda: o(nd.ones((3, 2))).shape)
    o.i.register_forward_hook(lambda b, a, y: calls.append("hook:" + type(y).__name__))
    report(label + " with hook", lambda: o(x))
    with autograd.record():
        y = o(x)
    y.backward()
    print(label, "grad", o.i.d.weight.grad().asnumpy().tolist())

o = built(lambda o: o.hybridize())
report("first", lambda: o(x))
o.i.d.weight.set_data(nd.ones((2, 2)) * 2)
report("after set_data", lambda: o(x))
o.hybridize(False)
report("hybridize(False)", lambda: o(x))
o.hybridize()
o.cast("float64")
report("cast float64", lambda: o(x.astype("float64")))
report("float32 input after cast", lambda: o(x))
s = Outer()(mx.sym.var("data"))
print(s.name, s.list_arguments(), calls)
with tempfile.TemporaryDirectory() as tmp:
    o = built(lambda o: o.i.hybridize())
    o(x)
    report("export of the hybridized inner block", lambda: o.i.export(os.path.join(tmp, "inner")))
    print([n["name"] for n in json.load(open(os.path.join(tmp, "inner-symbol.json")))["nodes"]])
    o = built(lambda o: o.hybridize())
    o(x)
    report("export of an inner block never hybridized", lambda: o.i.export(os.path.join(tmp, "inner2")))
