# A two-headed network (classification + regression) with weighted losses, plus a tour of gluon.loss on fixed data
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class TwoHeads(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(TwoHeads, self).__init__(**kwargs)
        with self.name_scope():
            self.body = nn.Dense(8, activation='softrelu')
            self.cls = nn.Dense(3)
            self.reg = nn.Dense(1)

    def hybrid_forward(self, F, x):
        h = self.body(x)
        return self.cls(h), self.reg(h)


np.random.seed(21)
mx.random.seed(21)
X = nd.array(np.random.randn(9, 4))
yc = nd.array(np.arange(9) % 3)
yr = nd.array(np.random.randn(9, 1))
net = TwoHeads()
net.initialize(mx.init.MSRAPrelu())
net.hybridize()
ce, l1 = gluon.loss.SoftmaxCrossEntropyLoss(), gluon.loss.L1Loss(weight=0.5)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.02, 'beta1': 0.8})
for i in range(4):
    with autograd.record():
        c, r = net(X)
        loss = ce(c, yc) + 0.3 * l1(r, yr)
    loss.backward()
    trainer.step(9)
    print(i, repr(loss.mean().asscalar()))

pred = nd.array([[0.2, -1.0, 0.5], [1.5, 0.3, -0.7]])
lab = nd.array([[0.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
sign = nd.array([[1, -1, 1], [-1, 1, 1]])
losses = [
    ('sigmoid_bce', gluon.loss.SigmoidBCELoss(), (pred, lab)),
    ('bce_prob', gluon.loss.SigmoidBCELoss(from_sigmoid=True), (nd.sigmoid(pred), lab)),
    ('bce_pos_weight', gluon.loss.SigmoidBCELoss(), (pred, lab, None, nd.array([2.0, 1.0, 0.5]))),
    ('hinge', gluon.loss.HingeLoss(margin=0.5), (pred, sign)),
    ('sq_hinge', gluon.loss.SquaredHingeLoss(), (pred, sign)),
    ('logistic', gluon.loss.LogisticLoss(label_format='binary'), (pred, lab)),
    ('kl', gluon.loss.KLDivLoss(from_logits=False), (pred, nd.softmax(lab))),
    ('poisson', gluon.loss.PoissonNLLLoss(compute_full=True), (nd.exp(pred), lab * 3)),
    ('cosine', gluon.loss.CosineEmbeddingLoss(margin=0.1), (pred, lab + 0.5, nd.array([1, -1]))),
    ('triplet', gluon.loss.TripletLoss(margin=0.3), (pred, lab, pred * 0.5)),
    ('sce_sparse_false', gluon.loss.SoftmaxCrossEntropyLoss(sparse_label=False), (pred, nd.softmax(lab))),
    ('sce_weighted', gluon.loss.SoftmaxCrossEntropyLoss(), (pred, nd.array([2, 0]), nd.array([[0.5], [2.0]]))),
]
for name, fn, args in losses:
    print(name, fn(*args).asnumpy().tolist())
