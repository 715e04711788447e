"""Hybridized F.np.take with a 0-d index (every axis and None, clip and wrap): values, gradients, inferred shapes."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

a = mx.nd.array([[1., 2, 3], [4, 5, 6]])
for mode in ['clip', 'wrap']:
    try:
        print(mx.nd.take(a, mx.nd.array(5), axis=1, mode=mode))
    except mx.base.MXNetError as e:
        print("MXNetError", [l for l in str(e).splitlines() if "Error" in l or "Check" in l][-1:])
npx.set_np()


class Take(HybridBlock):
    def __init__(self, axis, mode):
        super().__init__()
        self.axis, self.mode = axis, mode

    def hybrid_forward(self, F, x, i):
        return F.np.take(x, i, axis=self.axis, mode=self.mode)


for mode in ['clip', 'wrap']:
    for axis in [0, 1, -1, None]:
        for index in [np.array(5), np.array(-4, dtype='int32')]:
            for hybridize in [False, True]:
                x = np.array([[1., 2, 3], [4, 5, 6]])
                x.attach_grad()
                net = Take(axis, mode)
                if hybridize:
                    net.hybridize()
                with mx.autograd.record():
                    y = net(x, index)
                y.backward()
                print(mode, axis, index.dtype, hybridize, y.shape, y, x.grad)
        sym = mx.sym.np.take(mx.sym.var('x').as_np_ndarray(), mx.sym.var('i').as_np_ndarray(), axis=axis, mode=mode)
        print(sym.infer_shape(x=(2, 3), i=()))
