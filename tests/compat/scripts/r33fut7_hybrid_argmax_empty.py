"""Hybridized np.argmax/argmin of an empty search fail when read with their kernel checks (empty sequence, zero dim-size axis), as imperatively."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class A(HybridBlock):
    def __init__(self, fn, axis):
        super().__init__(); self.fn, self.axis = fn, axis
    def hybrid_forward(self, F, x):
        return getattr(F.np, self.fn)(x, self.axis)
for shape, axis in [((5, 0, 3), None), ((5, 0, 3), 1), ((5, 0, 3), -2), ((5, 0, 3), 0), ((0,), None), ((0,), 0), ((2, 3), None), ((2, 3), 1)]:
    for fn in ['argmax', 'argmin']:
        for dt in ['float32', 'int32', 'bool']:
            for hyb in [False, True]:
                net = A(fn, axis)
                if hyb: net.hybridize()
                x = np.array(_np.arange(int(_np.prod(shape))).reshape(shape) % 4, dtype=dt)
                try:
                    y = net(x)
                    print(shape, axis, fn, dt, hyb, y.dtype, y.shape, y.asnumpy().ravel()[:4])
                except Exception as e:
                    print(shape, axis, fn, dt, hyb, "ERR", type(e).__name__, str(e).splitlines()[-1][:200])
