"""Hybridized (and imperative) np.stack of mismatched element counts under autograd: backward passes, the gradient read fails with the kernel's MXNetError."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class S(HybridBlock):
    def __init__(self, axis):
        super().__init__(); self.axis = axis
    def hybrid_forward(self, F, *xs):
        return F.np.stack(list(xs), axis=self.axis)
for shapes, axis in [([(2, 3), (1, 3)], 0), ([(2, 3), (2, 0), (2, 2)], 1), ([(2, 3), (3, 3)], 1), ([(2, 3), (6,)], 0), ([(2, 3), (2, 3)], 1)]:
    for hyb in [False, True]:
        net = S(axis)
        if hyb: net.hybridize()
        xs = [np.ones(s) for s in shapes]
        for x in xs: x.attach_grad()
        try:
            with mx.autograd.record():
                y = net(*xs)
            print(shapes, axis, hyb, "fwd", y.shape)
            y.backward()
            print("  bwd ok")
            print("  grad", xs[0].grad.asnumpy().sum())
        except Exception as e:
            print("  ERR", type(e).__name__, str(e).splitlines()[-1][:200])
