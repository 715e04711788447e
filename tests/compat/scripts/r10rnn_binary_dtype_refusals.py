"""Binary operators refuse two dtypes (and elementwise ones two shapes) with MXNet's attribute check, naming the graph node when hybridized."""
import re
import mxnet as mx
from mxnet import nd, gluon


def show(label, f):
    try:
        print(label, f().shape)
    except mx.base.MXNetError as e:
        print(label, re.search(r"Incompatible attr in node .*? at \d+-th input: expected \S+, got [^\s:]+", str(e))[0])


class Pair(gluon.HybridBlock):
    def __init__(self, fn, **kwargs):
        super().__init__(**kwargs)
        self.fn = fn

    def hybrid_forward(self, F, a, b):
        return self.fn(F, a, b)


a32, a64, i32 = nd.ones((2, 3)), nd.ones((2, 3), dtype="float64"), nd.ones((2, 3), dtype="int32")
for label, fn in [("add", lambda F, a, b: a + b), ("elemwise_mul", lambda F, a, b: F.elemwise_mul(a, b)),
                  ("broadcast_maximum", lambda F, a, b: F.broadcast_maximum(a, b))]:
    for other in (a64, i32):
        show(f"{label} {other.dtype.__name__}", lambda: fn(nd, a32, other))
        net = Pair(fn, prefix=f"{label}_")
        net.hybridize()
        show(f"hybrid {label} {other.dtype.__name__}", lambda: net(a32, other))
net = Pair(lambda F, a, b: F.elemwise_add(a, b), prefix="shapes_")
net.hybridize()
show("hybrid elemwise_add shapes", lambda: net(a32, nd.ones((2, 4))))
