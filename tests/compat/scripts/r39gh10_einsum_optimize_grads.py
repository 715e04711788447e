"""np.einsum(optimize=True) gradients: back through the contraction path's steps (BLAS steps as GEMMs), float16/32/64, ellipsis, hybridized."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd, gluon
npx.set_np()
onp.random.seed(11)


class Einsum(gluon.HybridBlock):
    def __init__(self, subscripts, **kwargs):
        super().__init__(**kwargs)
        self.subscripts = subscripts

    def hybrid_forward(self, F, *xs):
        return F.np.einsum(self.subscripts, *xs, optimize=True)


cases = [('ij,jk->ik', [(3, 5), (5, 4)], 'float32'), ('ij,jk,k->i', [(2, 3), (3, 4), (4,)], 'float32'),
         ('ij,jk,kl->il', [(4, 3), (3, 5), (5, 2)], 'float32'), ('ab,bc,cd,de->ae', [(3, 4), (4, 5), (5, 6), (6, 3)], 'float32'),
         ('ea,fb,abcd,gc,hd->efgh', [(3, 2), (3, 2), (2, 2, 2, 2), (3, 2), (3, 2)], 'float32'),
         ('ij,jk->ki', [(6, 5), (5, 7)], 'float32'), ('ij,j->i', [(5, 7), (7,)], 'float32'),
         ('bnij,bnjc->bnic', [(1, 2, 5, 3), (1, 2, 3, 2)], 'float32'), ('ii,ij->j', [(4, 4), (4, 3)], 'float32'),
         ('...ij,...jk->...ik', [(2, 3, 4), (4, 5)], 'float32'), ('ij,jk', [(3, 4), (4, 2)], 'float32'),
         ('ij,jk->ik', [(3, 4), (4, 2)], 'float64'), ('ij,jk->ik', [(3, 4), (4, 2)], 'float16'),
         ('ij,jk,kl->il', [(2, 3), (3, 4), (4, 2)], 'float16'), ('ij,kj->ik', [(20, 30), (25, 30)], 'float32'),
         ('ij,jk,kl->il', [(40, 50), (50, 60), (60, 7)], 'float32')]
for sub, shapes, dtype in cases:
    for hybridize in (False, True):
        xs = [np.array(onp.random.uniform(-1, 1, s)).astype(dtype) for s in shapes]
        for x in xs:
            x.attach_grad()
        if hybridize:
            fn = Einsum(sub)
            fn.hybridize()
        else:
            fn = lambda *a: np.einsum(sub, *a, optimize=True)
        with autograd.record():
            y = fn(*xs)
        y.backward(np.array(onp.random.uniform(-1, 1, y.shape)).astype(dtype))
        print(sub, dtype, 'hybridized' if hybridize else 'imperative')
        for x in xs:
            g = x.grad.asnumpy()
            print('  ', g.dtype, g.shape, g.ravel()[:6].tolist(), float(g.astype('float64').sum()))
