"""Hybridized np.transpose takes negative axes (forward and grad) and refuses repeated ones with MXNet's shape-inference message and site."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class T(HybridBlock):
    def __init__(self, axes):
        super().__init__(); self.axes = axes
    def hybrid_forward(self, F, x):
        return F.np.transpose(x, self.axes)
for shape, axes in [((2, 3), (1, 1)), ((2, 3), (-1, 1)), ((2, 3, 4), (0, 2, 0)), ((2, 3), (0, 1)), ((2, 3, 4), (0, 1)), ((2, 3), (-1, 0))]:
    for hyb in [False, True]:
        net = T(axes)
        if hyb: net.hybridize()
        try:
            print(shape, axes, hyb, net(np.ones(shape)).shape)
        except Exception as e:
            print(shape, axes, hyb, "ERR", type(e).__name__, re.sub(r'\[[0-9:]+\] ', '', str(e).splitlines()[-1])[:240])
class TG(HybridBlock):
    def __init__(self, axes):
        super().__init__(); self.axes = axes
    def hybrid_forward(self, F, x):
        return F.np.transpose(x, self.axes) * F.np.arange(24).reshape(4, 3, 2)
for hyb in [False, True]:
    net = TG((-1, 1, -3))
    if hyb: net.hybridize()
    x = np.arange(24).reshape(2, 3, 4).astype('float32'); x.attach_grad()
    with mx.autograd.record():
        y = net(x)
    y.backward()
    print(hyb, y.asnumpy().ravel()[:6], x.grad.asnumpy().ravel()[:8])
