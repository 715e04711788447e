"""A shape check failing in a foreach/cond body under a hybridized block: the inner node's check keeps its source line."""
# recorded on AVX2
import re

import mxnet as mx


def run(name, forward):
    class Net(mx.gluon.HybridBlock):
        def hybrid_forward(self, F, a, b):
            return forward(F, a, b)
    net = Net()
    net.hybridize()
    try:
        print(name, net(mx.nd.ones((4, 3)), mx.nd.ones((3,))).shape)
    except mx.base.MXNetError as e:
        print(name, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)))


def foreach_body_mismatch(F, a, b):
    out, _ = F.contrib.foreach(lambda d, s: (d * 2 + s[0].sum(), [s[0] + d]), a, [b])
    return F.elemwise_add(out, b)


def foreach_state_mismatch(F, a, b):
    out, _ = F.contrib.foreach(lambda d, s: (d, [F.elemwise_add(s[0], d.sum())]), a, [b])
    return out


run("foreach body", foreach_body_mismatch)
run("foreach state", foreach_state_mismatch)
