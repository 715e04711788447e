"""np.where with a scalar branch broadcasts its two array operands by MXNet's binary rule: symbolic partial shapes (unknown sizes stay unknown), refusals, and hybridized calls."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet.gluon import HybridBlock

mx.npx.set_np()
x, y = mx.sym.var('x').as_np_ndarray(), mx.sym.var('y').as_np_ndarray()


def last_line(e):
    lines = [line for line in str(e).splitlines() if line.strip()]
    return re.sub(r"\[\d\d:\d\d:\d\d\] |b\d+_", "", lines[-1])


for make in [lambda: mx.sym.np.where(x > 0, 1, y), lambda: mx.sym.np.where(x > 0, y, 2.5)]:
    for shapes in [dict(x=(2, 3), y=(-1, 3)), dict(x=(2, 3), y=(3, -1)), dict(x=(-1, 3), y=(2, -1)),
                   dict(x=(2, 3, -1), y=(2, -1, 4)), dict(x=(-1,), y=(3,)), dict(x=(2, 3), y=(4, 5)),
                   dict(x=(2, 1), y=(1, 3)), dict(x=(2, 3), y=(2, 3))]:
        try:
            print(shapes, make().infer_shape_partial(**shapes))
        except mx.base.MXNetError as e:
            print(shapes, "ERR", last_line(e))


class B(HybridBlock):
    def hybrid_forward(self, F, a, b):
        return F.np.where(a > 0, 1, b), F.np.where(a > 0, b, 2.5)


for sa, sb in [((2, 3), (2, 3)), ((2, 3), (1, 3)), ((2, 3), (4, 5)), ((2, 1), (1, 3))]:
    for hybridize in (False, True):
        net = B()
        if hybridize:
            net.hybridize()
        try:
            r = net(mx.np.ones(sa), mx.np.ones(sb))
            print(sa, sb, hybridize, r[0].shape, r[1].shape)
        except mx.base.MXNetError as e:
            print(sa, sb, hybridize, "ERR", last_line(e))
