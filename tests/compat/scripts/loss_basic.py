# every gluon.loss class: forward and input gradient, weights and sample weights
import mxnet as mx
from mxnet import autograd, nd, gluon
import numpy as np

L = gluon.loss


def show(name, loss, *args):
    args = [a.copy() if a is not None else None for a in args]
    args[0].attach_grad()
    try:
        with autograd.record():
            out = loss(*args)
        out.backward()
        print(name, out.shape, out.dtype.__name__, np.round(out.asnumpy(), 4).tolist())
        print('  grad', np.round(args[0].grad.asnumpy(), 4).tolist())
    except Exception as e:
        print(name, type(e).__name__)


pred = nd.array([[0.2, -0.5, 1.5], [1.0, 0.3, -0.7]])
lab = nd.array([[0.0, 1.0, 1.0], [1.0, 0.0, 0.0]])
sw = nd.array([[0.5], [2.0]])
sw1 = nd.array([0.5, 2.0])
show('l2', L.L2Loss(), pred, lab)
show('l2w', L.L2Loss(weight=3.0), pred, lab)
show('l2sw', L.L2Loss(), pred, lab, sw)
show('l2sw1', L.L2Loss(), pred, lab, sw1)
show('l2swfull', L.L2Loss(), pred, lab, nd.ones((2, 3)) * 2)
show('l2ba1', L.L2Loss(batch_axis=1), pred, lab)
show('l1', L.L1Loss(), pred, lab)
show('l1w', L.L1Loss(weight=0.5, batch_axis=0), pred, lab, sw)
show('l2shape', L.L2Loss(), pred, lab.reshape((6,)))
show('sbce', L.SigmoidBinaryCrossEntropyLoss(), pred, lab)
show('sbce_logits', L.SigmoidBCELoss(from_sigmoid=True), nd.sigmoid(pred), lab)
show('sbce_posw', L.SigmoidBCELoss(), pred, lab, None, nd.array([2.0, 1.0, 0.5]))
show('sbce_sw', L.SigmoidBCELoss(weight=2.), pred, lab, sw)
show('sbce_from_posw', L.SigmoidBCELoss(from_sigmoid=True), nd.sigmoid(pred), lab, None, nd.array([2.0]))
sce_lab = nd.array([2, 0])
show('sce', L.SoftmaxCrossEntropyLoss(), pred, sce_lab)
show('sce_sw', L.SoftmaxCELoss(), pred, sce_lab, sw)
show('sce_dense', L.SoftmaxCELoss(sparse_label=False), pred, nd.softmax(lab))
show('sce_logits', L.SoftmaxCELoss(from_logits=True), nd.log_softmax(pred), sce_lab)
show('sce_axis0', L.SoftmaxCELoss(axis=0), pred, nd.array([1, 0, 1]))
show('sce_w', L.SoftmaxCELoss(weight=0.3), pred, sce_lab)
show('sce_3d', L.SoftmaxCELoss(), nd.arange(24).reshape((2, 3, 4)) / 10, nd.array([[1, 2, 3], [0, 0, 1]]))
show('sce_3d_ax1', L.SoftmaxCELoss(axis=1), nd.arange(24).reshape((2, 3, 4)) / 10, nd.array([[1, 2, 0, 1], [0, 0, 1, 2]]))
show('sce_lab2d', L.SoftmaxCELoss(), pred, nd.array([[2], [0]]))
show('kl', L.KLDivLoss(), nd.log_softmax(pred), nd.softmax(lab))
show('kl_nolog', L.KLDivLoss(from_logits=False), pred, nd.softmax(lab))
show('kl_axis0', L.KLDivLoss(from_logits=False, axis=0), pred, nd.softmax(lab, axis=0))
show('huber', L.HuberLoss(), pred * 3, lab)
show('huber_rho', L.HuberLoss(rho=0.5), pred * 3, lab, sw)
show('hinge', L.HingeLoss(), pred, lab * 2 - 1)
show('hinge_m', L.HingeLoss(margin=2.0), pred, lab * 2 - 1)
show('sqhinge', L.SquaredHingeLoss(), pred, lab * 2 - 1)
show('sqhinge_m', L.SquaredHingeLoss(margin=0.5, weight=2.), pred, lab * 2 - 1, sw)
show('logistic', L.LogisticLoss(), pred, lab * 2 - 1)
show('logistic_bin', L.LogisticLoss(label_format='binary'), pred, lab)
try:
    L.LogisticLoss(label_format='foo')
except Exception as e:
    print('logistic bad', type(e).__name__, e)
show('triplet', L.TripletLoss(), pred, lab, nd.array([[0.1, 0.1, 0.1], [0.5, 0.5, -1.0]]))
show('triplet_m', L.TripletLoss(margin=3), pred, lab, nd.array([[0.1, 0.1, 0.1], [0.5, 0.5, -1.0]]))
show('pnll', L.PoissonNLLLoss(), pred, lab)
show('pnll_nolog', L.PoissonNLLLoss(from_logits=False), nd.abs(pred) + 0.1, lab * 3)
show('pnll_full', L.PoissonNLLLoss(compute_full=True), pred, lab * 3)
show('pnll_full_nolog', L.PoissonNLLLoss(from_logits=False, compute_full=True), nd.abs(pred) + 0.1, lab * 3)
show('pnll_sw', L.PoissonNLLLoss(), pred, lab, sw)
show('cos', L.CosineEmbeddingLoss(), pred, lab + 0.5, nd.array([1, -1]))
show('cos_m', L.CosineEmbeddingLoss(margin=0.2), pred, lab + 0.5, nd.array([-1, -1]))
show('cos_sw', L.CosineEmbeddingLoss(), pred, lab + 0.5, nd.array([1, -1]), sw1)
print(hasattr(L, 'SDMLLoss'))
if hasattr(L, 'SDMLLoss'):
    show('sdml', L.SDMLLoss(), pred, lab + 0.25)
    show('sdml_s', L.SDMLLoss(smoothing_parameter=0.1), nd.arange(12).reshape((4, 3)) / 10, nd.arange(12).reshape((4, 3)) / 7)
for cls in (L.L2Loss, L.L1Loss, L.SoftmaxCELoss, L.SigmoidBCELoss, L.KLDivLoss, L.HuberLoss, L.HingeLoss,
            L.SquaredHingeLoss, L.LogisticLoss, L.TripletLoss, L.PoissonNLLLoss, L.CosineEmbeddingLoss, L.CTCLoss):
    l = cls()
    print(l)
    print(l.name, l.prefix, l._weight, l._batch_axis, l.collect_params().keys())
print(L.SoftmaxCrossEntropyLoss is L.SoftmaxCELoss, L.SigmoidBinaryCrossEntropyLoss is L.SigmoidBCELoss)
print(L.Loss(1.0, 0))
print(L.L2Loss(prefix='myl2_').name)
