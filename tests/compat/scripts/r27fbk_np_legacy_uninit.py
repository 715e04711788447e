# under npx.set_np(), a container given a legacy NDArray: an uninitialised parameter of its first layer is reported
# before the refusal of the array (MXNet's forward reads the parameters first); a hybridized one refuses the array
# recorded on AVX2
import sys
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words


class Shifted(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.d = nn.Dense(3)
            self.w = self.params.get("w", shape=(3,), init=mx.init.One())

    def hybrid_forward(self, F, x, w):
        return F.broadcast_add(self.d(x), w.reshape((1, -1)))


mx.npx.set_np()
steps = {
    "nothing": lambda net: None,
    "w only": lambda net: net[0][0].w.initialize(),
    "dense only": lambda net: net[0][0].d.initialize(),
    "all": lambda net: net.initialize(),
    "cast": lambda net: net.cast("float64"),
    "hybridized": lambda net: net.hybridize(),
    "w, hybridized": lambda net: (net[0][0].w.initialize(), net.hybridize()),
    "inner hybridized": lambda net: net[0].hybridize(),
    "layer hybridized": lambda net: net[0][0].hybridize(),
}
for label, step in steps.items():
    with mx.name.NameManager():
        net = nn.HybridSequential()
        inner = nn.HybridSequential()
        inner.add(Shifted())
        net.add(inner, nn.Dense(2))
    step(net)
    for x in [nd.ones((2, 4)), mx.np.ones((2, 4))]:
        try:
            print(label, type(x).__name__, net(x).shape)
        except Exception as e:
            print(label, type(x).__name__, words(e)[:160])
mx.npx.reset_np()
