"""Gluon losses (KLDiv, CTC with lengths and weight, Triplet, CosineEmbedding, SDML, SoftmaxCE on axis 1, SigmoidBCE with pos_weight, Huber, PoissonNLL, Logistic) give MXNet values and input gradients, imperative and hybridized, legacy and numpy mode."""
import mxnet as mx
from mxnet import gluon, nd, autograd
import numpy as np
np.random.seed(2)
L = gluon.loss
def g(name, l, *args, hyb=False, npx=False):
    try:
        if hyb: l.hybridize()
        args = [a.as_np_ndarray() if npx and a is not None else a for a in args]
        x = args[0]; x.attach_grad()
        with autograd.record():
            o = l(*args)
        o.backward()
        print(name, hyb, o.shape, o.asnumpy().round(6).tolist(), x.grad.asnumpy().round(6).tolist())
    except Exception as e:
        print(name, hyb, 'ERR', type(e).__name__, str(e).split('\n')[0][:300])
A = lambda *s: nd.array(np.random.randn(*s))
for hyb in (False, True):
    g('kl', L.KLDivLoss(), A(2,3), nd.softmax(A(2,3)), hyb=hyb)
    g('ctc', L.CTCLoss(), A(2,6,4), nd.array([[1,2,2],[3,-1,-1]]), hyb=hyb)
    g('ctcl', L.CTCLoss(), A(2,6,4), nd.array([[1,2,2],[3,1,1]]), nd.array([6,5]), nd.array([3,1]), hyb=hyb)
    g('ctcw', L.CTCLoss(weight=0.5), A(2,6,4), nd.array([[1,2,2],[3,1,1]]), None, None, nd.array([1.,2.]), hyb=hyb)
    g('trip', L.TripletLoss(), A(2,3), A(2,3), A(2,3), hyb=hyb)
    g('cos', L.CosineEmbeddingLoss(), A(3,4), A(3,4), nd.array([1,-1,-1]), hyb=hyb)
    g('sdml', L.SDMLLoss(), A(3,4), A(3,4), hyb=hyb)
    g('sce3d', L.SoftmaxCELoss(axis=1), A(2,3,4), nd.array([[0,1,2,1],[2,2,0,0]]), hyb=hyb)
    g('bce3', L.SigmoidBCELoss(), A(2,3,2), nd.array(np.random.rand(2,3,2)>0.5), nd.array([[1],[2]]).reshape((2,1,1)), hyb=hyb)
    g('bcepw', L.SigmoidBCELoss(), A(2,3), nd.array(np.random.rand(2,3)>0.5), None, nd.array([2.,3.,0.5]), hyb=hyb)
    g('huber', L.HuberLoss(rho=2, weight=3, batch_axis=1), A(2,3), A(2,3), hyb=hyb)
    g('l1ba', L.L1Loss(batch_axis=1), A(2,3), A(3,2), hyb=hyb)
    g('pnll', L.PoissonNLLLoss(from_logits=False, compute_full=True), nd.abs(A(2,3)), nd.abs(A(2,3))*5, hyb=hyb)
    g('logsig', L.LogisticLoss(label_format='signed'), A(4), nd.array([1,-1,1,-1]), hyb=hyb)
mx.npx.set_np()
for hyb in (False, True):
    g('np_kl', L.KLDivLoss(from_logits=False), A(2,3), nd.softmax(A(2,3)), hyb=hyb, npx=True)
    g('np_cos', L.CosineEmbeddingLoss(), A(3,4), A(3,4), nd.array([1,-1,-1]), hyb=hyb, npx=True)
    g('np_trip', L.TripletLoss(), A(2,3), A(2,3), A(2,3), hyb=hyb, npx=True)
    g('np_pnll', L.PoissonNLLLoss(compute_full=True), A(2,3), nd.abs(A(2,3))*5, hyb=hyb, npx=True)
    g('np_sdml', L.SDMLLoss(), A(3,4), A(3,4), hyb=hyb, npx=True)
    g('np_hinge', L.SquaredHingeLoss(), A(3,4), A(3,4), nd.array([1,2,3]), hyb=hyb, npx=True)
    g('np_ctc', L.CTCLoss(), A(2,6,4), nd.array([[1,2,2],[3,-1,-1]]), hyb=hyb, npx=True)
