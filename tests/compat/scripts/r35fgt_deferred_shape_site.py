"""A shape disagreement of an elementwise node (whatever its name: dense.., fc, op, outer..) is reported at the shape
check's source line; a hybridized block's deferred initialisation failing on it raises ValueError with that error as
context, not as cause."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon, nd


def words(e):
    return re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1]


class Scaled(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.proj = gluon.nn.Dense(4, flatten=False, use_bias=False)

    def hybrid_forward(self, F, x):
        return self.proj(x) + F.sum(x, axis=-1, keepdims=True)


for prefix in ["outer0_attn0_", "dense_", "fc_", "op_"]:
    net = Scaled(prefix=prefix)
    net.initialize()
    net.hybridize()
    try:
        net(nd.ones((2, 3, 5)))
    except ValueError as e:
        print(prefix, type(e).__name__, words(e))
        print("   cause", type(e.__cause__).__name__, "context", type(e.__context__).__name__,
              "its context", type(e.__context__.__context__).__name__)
a, b = mx.sym.var("a"), mx.sym.var("b")
for name in ["fc", "outer", "op", "dense3"]:
    for sym in [mx.sym.elemwise_add(a, b, name=name), mx.sym.elemwise_mul(a, b, name=name)]:
        try:
            sym.infer_shape(a=(2, 3), b=(3, 2))
        except mx.base.MXNetError as e:
            print(name, words(e))
        try:
            sym.infer_type(a="float32", b="float64")
        except mx.base.MXNetError as e:
            print(name, words(e))
