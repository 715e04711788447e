"""Hybridized np.trace over empty arrays runs backward (empty gradients), as imperatively."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()


class Trace(HybridBlock):
    def __init__(self, offset):
        super().__init__()
        self.offset = offset

    def hybrid_forward(self, F, x):
        return F.np.trace(x, offset=self.offset)


for shape in [(0, 0), (0, 0, 0), (2, 0, 3, 0), (2, 0, 2, 3), (3, 0, 2)]:
    for dtype in ['int32', 'float32']:
        for hybridize in [True, False]:
            x = mx.nd.zeros(shape, dtype=dtype).as_np_ndarray()
            x.attach_grad()
            net = Trace(1)
            if hybridize:
                net.hybridize()
            with mx.autograd.record():
                y = net(x)
            y.backward()
            print(shape, dtype, hybridize, y.shape, y.dtype, y.asnumpy().ravel(), x.grad.shape, x.grad.asnumpy().ravel())
