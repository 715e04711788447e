"""Hybridized np.concatenate of bool arrays joins them (mx.np's kernel has a bool case) and passes their gradients."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Join(HybridBlock):
    def __init__(self, axis):
        super(Join, self).__init__()
        self.axis = axis

    def hybrid_forward(self, F, *xs):
        return F.np.concatenate(list(xs), axis=self.axis)


for axis in [0, 1, None]:
    for grads in [False, True]:
        xs = [np.array([[True, False, True]] * (k + 1), dtype='bool') for k in range(3)]
        if axis == 1:
            xs = [x.reshape(3 if k == 2 else k + 1, -1)[:1] for k, x in enumerate(xs)]
        net = Join(axis)
        net.hybridize()
        try:
            if grads:
                for x in xs:
                    x.attach_grad()
                with mx.autograd.record():
                    y = net(*xs)
                y.backward()
            else:
                y = net(*xs)
            print(axis, grads, y.dtype, y.shape, y.asnumpy().astype(int).ravel().tolist())
            if grads:
                print('  ', [x.grad.asnumpy().astype(int).ravel().tolist() for x in xs])
        except Exception as e:
            print(axis, grads, 'ERR', type(e).__name__, str(e).strip().split('\n')[-1])
