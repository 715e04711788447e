"""mx.np einsum with an ellipsis adds each output's products one by one (float64 bits as MXNet's kernel gives), broadcast ellipses too."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
import numpy as onp
rs = onp.random.RandomState(0)
for spec, shapes in [('...i,...i->...', [(3, 257), (3, 257)]), ('...ij,...jk->...ik', [(2, 3, 40), (2, 40, 2)]), ('...i->...', [(4, 100)]),
                     ('i...,i...->...', [(50, 2), (50, 2)]), ('...,...->...', [(3,), (3,)]), ('...i,i->...', [(2, 3, 77), (77,)]),
                     ('...ij->...', [(2, 30, 30)]), ('b...d,b...d->b...', [(2, 3, 64), (2, 3, 64)]), ('...i,...i', [(3, 50), (3, 50)]),
                     ('...i,...i->...', [(1, 50), (3, 50)])]:
    for dt in ['float64', 'float32', 'float16']:
        arrs = [np.array(rs.randn(*s), dtype=dt) for s in shapes]
        r = np.einsum(spec, *arrs)
        print(spec, dt, r.shape, __import__('hashlib').md5(r.asnumpy().tobytes()).hexdigest()[:12], repr(float(r.asnumpy().astype('f8').sum())))
from mxnet import autograd
import hashlib
for spec, shapes in [('...i,...i->...', [(3, 57), (3, 57)]), ('...ij,...jk->...ik', [(2, 3, 40), (2, 40, 2)]), ('...i->...', [(4, 100)]),
                     ('...i,i->...', [(2, 3, 77), (77,)]), ('b...d,b...d->b...', [(2, 3, 64), (2, 3, 64)])]:
    for dt in ['float64', 'float32']:
        arrs = [np.array(rs.randn(*s), dtype=dt) for s in shapes]
        for a in arrs: a.attach_grad()
        with autograd.record():
            r = np.einsum(spec, *arrs)
        r.backward(np.array(rs.randn(*r.shape), dtype=dt))
        print(spec, dt, r.shape, hashlib.md5(r.asnumpy().tobytes()).hexdigest()[:12], [hashlib.md5(a.grad.asnumpy().tobytes()).hexdigest()[:12] for a in arrs])
