"""Hybridized np.round/around refuse float16 at type inference (MXNet's words and site), as imperatively."""
# recorded on AVX2
import re
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class R(HybridBlock):
    def __init__(self, d):
        super().__init__(); self.d = d
    def hybrid_forward(self, F, x):
        return F.np.round(x, self.d) + F.np.around(x)
for dt in ['float16', 'float32', 'float64', 'int32']:
    for hyb in [False, True]:
        net = R(1)
        if hyb: net.hybridize()
        x = np.array([[0.25, -1.35, 2.5], [3.14159, 0.05, -0.5]], dtype=dt)
        try:
            print(dt, hyb, net(x))
        except Exception as e:
            print(dt, hyb, "ERR", type(e).__name__, re.sub(r"\[[0-9:]+\] ", "", str(e).splitlines()[-1]))
