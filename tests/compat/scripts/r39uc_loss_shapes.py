"""Fourteen Gluon losses over 2-D, 3-D and single-column predictions with five sample_weight shapes (and a pos_weight), imperative and hybridized, give MXNet losses, input gradients and refusals."""
# recorded on AVX2
import mxnet as mx, numpy as np, re
from mxnet import nd, autograd, gluon
from mxnet.gluon import loss as gl
rs = np.random.RandomState(3)
def A(*s): return nd.array(rs.uniform(-1, 1, s))
shapes = [(3, 4), (3, 4, 2), (3, 1)]
sws = [None, 'N1', 'N', 'one', 'full']
losses = [('L2', lambda: gl.L2Loss(weight=0.5)), ('L1', lambda: gl.L1Loss()), ('Huber', lambda: gl.HuberLoss(rho=0.5)), ('SCE', lambda: gl.SoftmaxCELoss()),
          ('SCEdense', lambda: gl.SoftmaxCELoss(sparse_label=False)), ('SCEax1', lambda: gl.SoftmaxCELoss(axis=1)), ('SigBCE', lambda: gl.SigmoidBCELoss()),
          ('SigBCEpw', lambda: gl.SigmoidBCELoss()), ('KL', lambda: gl.KLDivLoss()), ('Hinge', lambda: gl.HingeLoss()), ('SqHinge', lambda: gl.SquaredHingeLoss()),
          ('Logistic', lambda: gl.LogisticLoss()), ('L2bax1', lambda: gl.L2Loss(batch_axis=1)), ('Poisson', lambda: gl.PoissonNLLLoss())]
for lname, mk in losses:
    for shp in shapes:
        for sw in sws:
            for hyb in [False, True]:
                L = mk()
                if hyb: L.hybridize()
                p = A(*shp); p.attach_grad()
                if lname == 'SCE': lab = nd.array(rs.randint(0, shp[-1], shp[:-1]))
                elif lname == 'SCEax1': lab = nd.array(rs.randint(0, shp[1], (shp[0],) + shp[2:]))
                elif lname in ('Hinge', 'SqHinge', 'Logistic'): lab = nd.sign(A(*shp))
                else: lab = nd.abs(A(*shp))
                w = {None: None, 'N1': A(shp[0], 1), 'N': A(shp[0]), 'one': A(1), 'full': A(*shp)}[sw]
                args = [p, lab] + ([w] if w is not None else [])
                if lname == 'SigBCEpw': args = [p, lab, w, A(*shp[1:])] if w is not None else [p, lab, None, A(*shp[1:])]
                try:
                    with autograd.record():
                        o = L(*args)
                    o.backward()
                    r = (o.shape, np.round(o.asnumpy().ravel()[:3], 5).tolist(), round(float(p.grad.sum().asscalar()), 5))
                except Exception as e:
                    r = (type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', [l for l in str(e).split('\n') if l.strip() and not l.startswith('Traceback') and not l.strip().startswith('File')][0])[:120])
                print(lname, shp, sw, hyb, r)
