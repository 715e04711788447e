"""Hybridized np.tensordot and np.einsum (plain and optimize=True) on zero-size operands: shapes, values, grads."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
print("-- tensordot")
class T(HybridBlock):
    def __init__(self, axes):
        super().__init__(); self.axes = axes
    def hybrid_forward(self, F, a, b):
        return F.np.tensordot(a, b, self.axes)
for sa, sb, ax in [((3, 0), (0, 5), 1), ((3, 0), (0, 4), [[1], [0]]), ((0, 3), (3, 5), 1), ((0, 3), (5, 0), [[0], [1]]), ((2,3),(3,0),1)]:
    for hyb in [False, True]:
        net = T(ax)
        if hyb: net.hybridize()
        a = np.ones(sa); b = np.ones(sb); a.attach_grad(); b.attach_grad()
        try:
            with mx.autograd.record():
                y = net(a, b)
            y.backward()
            print(sa, sb, hyb, y.shape, a.grad.shape, a.grad.sum(), b.grad.shape)
        except Exception as e:
            print(sa, sb, hyb, "ERR", type(e).__name__, str(e).splitlines()[0][:150])
print("-- einsum")
cases = [('ij,jk->ik', (0,3), (3,5)), ('ij,jk->ik', (3,0), (0,5)), ('ij,jk->ik', (2,3), (3,0)), ('ij,jk->i', (0,3), (3,5)),
         ('ij,jk->', (2,0), (0,3)), ('ijk,k->ij', (0,2,3), (3,)), ('ii->i', (0,0), None), ('ij->', (0,4), None)]
for sub, sa, sb in cases:
    for opt in [False, True]:
        ops = [np.ones(sa)] + ([np.ones(sb)] if sb else [])
        for o in ops: o.attach_grad()
        try:
            with mx.autograd.record():
                y = np.einsum(sub, *ops, optimize=opt)
            y.backward()
            print(sub, sa, sb, opt, y.shape, y.asnumpy().ravel()[:4], [o.grad.shape for o in ops])
        except Exception as e:
            print(sub, sa, sb, opt, "ERR", type(e).__name__, str(e).splitlines()[0][:150])
