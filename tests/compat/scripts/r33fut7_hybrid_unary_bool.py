"""Hybridized mx.np unary math on a bool array fails when read (Unknown type enum 7, at the kernel's line), as imperatively."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class U(HybridBlock):
    def __init__(self, fn):
        super().__init__(); self.fn = fn
    def hybrid_forward(self, F, x):
        return getattr(F.np, self.fn)(x)
x = np.array(_np.array([[True, False, True], [False, False, True]]), dtype='bool')
for fn in ['absolute', 'sin', 'exp', 'negative', 'sign', 'square', 'floor', 'logical_not', 'sqrt', 'reciprocal', 'log', 'fix', 'degrees', 'arccosh']:
    for hyb in [False, True]:
        net = U(fn)
        if hyb: net.hybridize()
        try:
            y = net(x)
            print(fn, hyb, y.dtype, y.shape)
            print(y)
        except Exception as e:
            print(fn, hyb, "ERR", type(e).__name__, str(e).replace("\n", " | ")[:300])
