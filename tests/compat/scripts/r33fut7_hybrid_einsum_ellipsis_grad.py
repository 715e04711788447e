"""Hybridized np.einsum with an ellipsis differentiates (batch letters spelled out, broadcast operands summed back): shapes and values to 5 decimals."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class E(HybridBlock):
    def __init__(self, sub):
        super().__init__(); self.sub = sub
    def hybrid_forward(self, F, *xs):
        return F.np.einsum(self.sub, *xs)
rs = _np.random.RandomState(0)
for sub, shapes in [("...ij->...ji", [(2, 3, 4)]), ("...ij,...jk->...ik", [(2, 3, 4), (2, 4, 5)]), ("...ij,...jk->...ik", [(1, 3, 4), (2, 4, 5)]),
                    ("...ij,jk->...ik", [(2, 3, 4), (4, 5)]), ("i...,i...->...", [(3, 2, 4), (3, 1, 4)]), ("...i->...", [(2, 3, 4)]), ("ij...->", [(2, 3, 4)]),
                    ("...,...->...", [(2, 3), (3,)])]:
    for hyb in [True]:
        net = E(sub)
        if hyb: net.hybridize()
        xs = [np.array(rs.uniform(-1, 1, size=s), dtype='float32') for s in shapes]
        for x in xs: x.attach_grad()
        try:
            with mx.autograd.record():
                y = net(*xs)
            y.backward()
            print(sub, hyb, y.shape, _np.round(y.asnumpy().ravel()[:3], 5).tolist(), [(x.grad.shape, _np.round(x.grad.asnumpy().ravel()[:3], 5).tolist()) for x in xs])
        except Exception as e:
            print(sub, hyb, "ERR", type(e).__name__, str(e).splitlines()[-1][:200])
