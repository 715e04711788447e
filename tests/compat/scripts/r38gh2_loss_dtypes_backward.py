"""Gluon losses on float16/float64/int32 predictions: the loss values, the prediction's gradient and what waitall raises (an integer softmax's failed forward leaves the gradient untouched)."""
import warnings
import numpy as np
from mxnet import nd, autograd
from mxnet.gluon import loss as gloss

warnings.simplefilter('ignore')
np.random.seed(17)


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


def head(a):
    return np.round(a.astype('float64').asnumpy().ravel()[:4], 4).tolist()


P = np.random.randn(3, 4)
labels = {'index': np.array([0, 2, 3]), 'dense': np.random.rand(3, 4), 'sign': np.sign(np.random.randn(3, 4))}
losses = [('SoftmaxCE', gloss.SoftmaxCrossEntropyLoss(), 'index'),
          ('SoftmaxCE dense', gloss.SoftmaxCrossEntropyLoss(sparse_label=False), 'dense'),
          ('L2', gloss.L2Loss(), 'dense'), ('L1', gloss.L1Loss(), 'dense'), ('SigmoidBCE', gloss.SigmoidBCELoss(), 'dense'),
          ('SigmoidBCE from_sigmoid', gloss.SigmoidBCELoss(from_sigmoid=True), 'dense'),
          ('KLDiv', gloss.KLDivLoss(), 'dense'), ('Huber', gloss.HuberLoss(), 'dense'), ('Hinge', gloss.HingeLoss(), 'sign'),
          ('SquaredHinge', gloss.SquaredHingeLoss(), 'sign'), ('Logistic', gloss.LogisticLoss(), 'sign'),
          ('PoissonNLL', gloss.PoissonNLLLoss(), 'dense'), ('CosineEmbedding', gloss.CosineEmbeddingLoss(), 'dense'),
          ('Triplet', gloss.TripletLoss(), 'dense')]
for dt in ['float16', 'float64', 'int32']:
    for name, L, kind in losses:
        pred = nd.array(P, dtype=dt)
        pred.attach_grad()
        label = nd.array(labels[kind], dtype=dt)

        def forward_backward():
            with autograd.record():
                if name == 'CosineEmbedding':
                    value = L(pred, label, nd.array([1, -1, 1], dtype=dt))
                elif name == 'Triplet':
                    value = L(pred, label, nd.array(P[::-1].copy(), dtype=dt))
                else:
                    value = L(pred, label)
            value.backward()
            return str(value.dtype), head(value)

        show((dt, name, 'loss'), forward_backward)
        show((dt, name, 'grad'), lambda: head(pred.grad))
        show((dt, name, 'waitall'), lambda: nd.waitall())
