"""A hybridized block with contrib.cond infers its dtypes before running, as MXNet's CachedOp does: a predicate
computed in float64 or int32 fails there (float32 only), while the block run imperatively computes it."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon import nn
from _words import words


class CondNet(nn.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.d = nn.Dense(3, in_units=4)

    def hybrid_forward(self, F, x):
        return F.contrib.cond(F.sum(x) > 0, lambda: self.d(x), lambda: self.d(x) * 2)


for hybrid in (False, True):
    for dtype in ("float32", "float64", "int32"):
        net = CondNet(prefix="net_")
        net.initialize(mx.init.One())
        net.cast(dtype)
        if hybrid:
            net.hybridize()
        for sign in (1, -1):
            x = mx.nd.ones((2, 4), dtype=dtype) * sign
            try:
                y = net(x)
                shown = (y.dtype.__name__, y.asnumpy().tolist())
            except mx.base.MXNetError as e:
                shown = words(e)
            print("hybrid" if hybrid else "imperative", dtype, sign, shown)
