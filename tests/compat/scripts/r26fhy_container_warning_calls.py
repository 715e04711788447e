"""Which Block calls warn of an unregistered container of Blocks (a list attribute): collect_params and what
calls it, not export (which reads the cached graph's parameters) nor save/load_parameters."""
# recorded on AVX2
import os
import tempfile
import warnings

import mxnet as mx
from mxnet import nd, gluon
from mxnet.gluon import nn
from _words import words


class Holder(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.body = nn.Dense(3, flatten=False)
            self.extra = [nn.Dense(2)]
            self.scale = self.params.get("scale", shape=(1,), init=mx.init.Constant(2.0))

    def hybrid_forward(self, F, x, scale):
        return F.broadcast_mul(self.body(x), scale)


def step(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = fn()
            got = out.shape if hasattr(out, "shape") else out
        except Exception as e:
            got = words(e)
    print(label, "->", got)
    for w in caught:
        print("   warns", w.category.__name__, str(w.message)[:60])


tmp = tempfile.mkdtemp()
x = nd.ones((2, 4))
for how in ("hybridized", "static", "imperative"):
    net = Holder(prefix=f"{how}_")
    step(f"{how} collect_params", lambda: sorted(net.collect_params().keys()))
    step(f"{how} initialize", lambda: net.initialize(mx.init.Constant(0.25)))
    if how != "imperative":
        net.hybridize(static_alloc=how == "static")
    step(f"{how} first call", lambda: net(x))
    step(f"{how} second call", lambda: net(x))
    path = os.path.join(tmp, how)
    step(f"{how} export", lambda: net.export(path))
    step(f"{how} export keys", lambda: sorted(nd.load(path + "-0000.params")) if os.path.exists(path + "-0000.params")
         else None)
    step(f"{how} save_parameters", lambda: net.save_parameters(path + ".params"))
    step(f"{how} load_parameters", lambda: net.load_parameters(path + ".params"))
    step(f"{how} cast", lambda: net.cast("float64"))
    step(f"{how} collect_params select", lambda: sorted(net.collect_params(".*scale").keys()))
