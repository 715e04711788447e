"""Hybridized np.matmul: gradients of broadcast operands summed as MXNet's graph kernel does, and empty operands."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
onp.set_printoptions(precision=17)


class MatMul(HybridBlock):
    def hybrid_forward(self, F, a, b):
        return F.np.matmul(a, b)


def run(sa, sb, dtype, hybridize, req):
    rs = onp.random.RandomState(len(sa) * 10 + len(sb))
    a = np.array(rs.uniform(-1, 1, sa).astype(dtype), dtype=dtype)
    b = np.array(rs.uniform(-1, 1, sb).astype(dtype), dtype=dtype)
    a.attach_grad(req)
    b.attach_grad(req)
    net = MatMul()
    if hybridize:
        net.hybridize()
    with mx.autograd.record():
        out = net(a, b)
    out.backward()
    print(sa, sb, dtype, hybridize, req, out.shape)
    print(' out', out.asnumpy().ravel()[:8])
    print(' ga', a.grad.asnumpy().ravel().tolist())
    print(' gb', b.grad.asnumpy().ravel().tolist())


shapes = [((3, 4, 5), (5,)), ((2,), (4, 2, 3)), ((3, 4), (1, 5, 4, 3)), ((2, 1, 3, 4, 5), (5, 2)),
          ((1, 3, 5, 4), (1, 4, 3)), ((3, 5, 4), (2, 1, 4, 3)), ((6, 2, 3), (3, 2)),
          ((3, 0), (0, 4)), ((2, 3, 0), (0, 4)), ((0, 3, 4), (4, 5)), ((2, 0, 3), (3, 4))]
for sa, sb in shapes:
    for dtype in ['float32', 'float64']:
        for hybridize in [False, True]:
            try:
                run(sa, sb, dtype, hybridize, 'write')
            except Exception as e:
                print('ERR', type(e).__name__, str(e).splitlines()[0][:80])
run((3, 4, 5), (5,), 'float32', True, 'add')
