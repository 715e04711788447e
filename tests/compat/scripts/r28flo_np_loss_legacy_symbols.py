"""Under npx.set_np(), gluon losses given legacy mx.sym symbols (or one legacy, one numpy symbol): the operator
whose refusal MXNet raises (npx.reshape_like for the losses that reshape their label first)."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon
from _words import words

mx.npx.set_np()
LOSSES = ['L2Loss', 'L1Loss', 'SigmoidBinaryCrossEntropyLoss', 'SoftmaxCrossEntropyLoss', 'KLDivLoss', 'HuberLoss',
          'HingeLoss', 'SquaredHingeLoss', 'LogisticLoss', 'PoissonNLLLoss']
for name in LOSSES:
    loss = getattr(gluon.loss, name)()
    a, b, w = mx.sym.var('a'), mx.sym.var('b'), mx.sym.var('w')
    for label, args in [('legacy', (a, b)), ('legacy weighted', (a, b, w)), ('np pred', (a.as_np_ndarray(), b)),
                        ('np label', (a, b.as_np_ndarray()))]:
        if name in ('SoftmaxCrossEntropyLoss', 'KLDivLoss') and label == 'np pred':
            continue
        try:
            out = loss(*args)
            print(name, label, type(out).__name__, out.list_arguments())
        except Exception as e:
            print(name, label, words(e)[:140])
