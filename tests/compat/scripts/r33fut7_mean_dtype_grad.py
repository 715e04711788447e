"""mx.np.mean with a dtype other than the input float type: the gradient divides the head in the input type (imperative and hybridized)."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class M(HybridBlock):
    def __init__(self, **kw):
        super().__init__(); self.kw = kw
    def hybrid_forward(self, F, x):
        return F.np.mean(x, **self.kw)
v = _np.random.RandomState(0).uniform(-2, 2, size=(2, 3, 4))
for it in ['float16', 'float32', 'float64']:
    for dt in [None, 'float16', 'float32', 'float64']:
        for axis in [None, 1, (0, 2)]:
            for hyb in [False, True]:
                net = M(axis=axis, dtype=dt)
                if hyb: net.hybridize()
                x = np.array(v, dtype=it); x.attach_grad()
                with mx.autograd.record():
                    y = net(x)
                y.backward()
                print(it, dt, axis, hyb, y.dtype, y.asnumpy().ravel()[:2].tolist(), x.grad.dtype, x.grad.asnumpy().ravel()[:2].tolist())
