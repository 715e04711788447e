"""np.broadcast_to with npx's -2 ("the input's size here"), imperative, hybridized and as a symbol, with its refusals."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class BroadcastTo(HybridBlock):
    def __init__(self, shape):
        super(BroadcastTo, self).__init__()
        self.shape = shape

    def hybrid_forward(self, F, x):
        return F.np.broadcast_to(x, self.shape)


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip() and not l.startswith(' ') and not l.startswith('Traceback')]
    text = lines[0] if lines else ''
    return text.split('] ')[-1] if 'Error in operator' in text else text


cases = [((5,), (3, 4, -2)), ((5,), (0, -2)), ((1, 0), (2, -2, -2)), ((3, 4), (1, 2, 3, -2)), ((3, 4), (1, 0, -2, 4)),
         ((3, 4), (-2, 4)), ((3, 1), (-2, 5)), ((3, 1), (3, -2)), ((1, 4), (-2, -2)), ((3, 4), (-2, 5)),
         ((3, 4), (2, -2, -2, -2)), ((), (1, -2)), ((3, 4), (-3, 4)), ((2, 3, 4), (-2, 4))]
for src, dst in cases:
    for mode in ['imperative', 'hybridized']:
        x = np.array(onp.arange(int(onp.prod(src))).reshape(src), dtype='float32')
        x.attach_grad()
        try:
            if mode == 'imperative':
                with mx.autograd.record():
                    y = np.broadcast_to(x, dst)
            else:
                net = BroadcastTo(dst)
                net.hybridize()
                with mx.autograd.record():
                    y = net(x)
            y.backward()
            print(src, dst, mode, y.shape, y.asnumpy().ravel()[:8].tolist(), x.grad.asnumpy().ravel().tolist())
        except Exception as e:
            print(src, dst, mode, 'ERR', type(e).__name__, first_line(e)[:150])
s = mx.sym.np.broadcast_to(mx.sym.var('x').as_np_ndarray(), (2, -2, 4))
print(s.infer_shape(x=(3, 1)))
print(s.infer_shape(x=(3, 4)))
