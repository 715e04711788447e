"""Hybridized gluon losses given mx.np and legacy arrays together (outside npx.set_np()): the first trace refuses at the first legacy (or mx.np) operator meeting the other kind, as MXNet's symbol trace; once a graph is cached, mixed inputs run through it and give legacy NDArrays."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon

L = gluon.loss


def make(kind, value):
    return (mx.np.array if kind == "np" else mx.nd.array)(value)


def show(label, fn):
    try:
        out = fn()
        print(label, type(out).__name__, out.asnumpy().round(4).tolist())
    except Exception as e:
        print(label, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e).split("\n")[0])[:160])


LOSSES = [L.L2Loss, L.L1Loss, L.SoftmaxCrossEntropyLoss, L.SigmoidBinaryCrossEntropyLoss, L.KLDivLoss,
          L.HuberLoss, L.HingeLoss, L.SquaredHingeLoss, L.LogisticLoss, L.TripletLoss, L.PoissonNLLLoss,
          L.CosineEmbeddingLoss, L.SDMLLoss]
for cls in LOSSES:
    for combo in ["np,np,nd", "nd,nd,np", "np,nd,nd", "nd,np,nd"]:
        loss = cls()
        loss.hybridize()
        k = combo.split(",")
        pred = make(k[0], [[0.2, 0.8], [0.6, 0.4]])
        label = make(k[1], [1, 0] if cls is L.SoftmaxCrossEntropyLoss else [[0, 1], [1, 0]])
        if cls is L.TripletLoss:
            args = (pred, label, make(k[2], [[0, 1], [1, 0]]))
        elif cls is L.CosineEmbeddingLoss:
            args = (pred, label, make(k[2], [1, -1]))
        elif cls is L.SDMLLoss:
            args = (pred, label)
        else:
            args = (pred, label, make(k[2], [[1], [0.5]]))
        show("%s %s" % (cls.__name__, combo), lambda: loss(*args))

print("-- a graph traced on legacy arrays first")
for cls in [L.L2Loss, L.SoftmaxCrossEntropyLoss, L.HuberLoss]:
    loss = cls()
    loss.hybridize()
    label = [1, 0] if cls is L.SoftmaxCrossEntropyLoss else [[0, 1], [1, 0]]
    for combo in ["nd,nd", "np,nd", "nd,np", "np,np"]:
        k = combo.split(",")
        show("%s %s" % (cls.__name__, combo), lambda: loss(make(k[0], [[0.2, 0.8], [0.6, 0.4]]), make(k[1], label)))
