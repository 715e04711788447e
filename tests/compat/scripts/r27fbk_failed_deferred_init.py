# a deferred initialisation whose initializer fails leaves that parameter uninitialised (no longer deferred): the next
# call, imperative or hybridized, reports it before finishing the parameters still deferred
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words


class Refusing(mx.init.Initializer):
    def __init__(self, refused):
        super().__init__()
        self.refused = refused

    def _init_weight(self, name, arr):
        if name in self.refused:
            raise ValueError("refused " + name)
        arr[:] = 0.5

    _init_bias = _init_gamma = _init_beta = _init_weight


for refused in [("dense0_weight",), ("dense1_weight",), ("dense0_weight", "dense1_weight")]:
    for when in ["never", "second call", "second call, inner imperative", "first call"]:
        with mx.name.NameManager():
            net = nn.HybridSequential()
            inner = nn.HybridSequential()
            inner.add(nn.BatchNorm(), nn.Dense(2))
            net.add(inner, nn.Dense(3))
        net.initialize(Refusing(refused))
        for i in range(3):
            if (when == "first call" and i == 0) or (when.startswith("second call") and i == 1):
                net.hybridize()
                if "inner imperative" in when:
                    inner.hybridize(False)
            try:
                print(refused, when, i, net(nd.ones((2, 4))).sum().asscalar())
            except Exception as e:
                print(refused, when, i, words(e)[:110])
        print("  ", [(p.name, p._data is not None, bool(p._deferred_init)) for p in net.collect_params().values()
                     if "weight" in p.name])
