# Linear SVMs: HingeLoss, SquaredHingeLoss and LogisticLoss (signed and binary labels) on separable toy data
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(110)
pos = nd.random.normal(1.5, 0.6, shape=(15, 2))
neg = nd.random.normal(-1.5, 0.6, shape=(15, 2))
X = nd.concat(pos, neg, dim=0)
y_signed = nd.concat(nd.ones((15,)), -nd.ones((15,)), dim=0)
y_binary = (y_signed + 1) / 2
losses = [('hinge', gluon.loss.HingeLoss(margin=1.0), y_signed),
          ('sqhinge', gluon.loss.SquaredHingeLoss(margin=1.0), y_signed),
          ('logistic_signed', gluon.loss.LogisticLoss(label_format='signed'), y_signed),
          ('logistic_binary', gluon.loss.LogisticLoss(label_format='binary'), y_binary)]
for name, loss_fn, labels in losses:
    svm = nn.Dense(1, in_units=2)
    svm.initialize(mx.init.Zero())
    trainer = gluon.Trainer(svm.collect_params(), 'sgd', {'learning_rate': 0.1, 'wd': 0.01})
    for epoch in range(10):
        with autograd.record():
            l = loss_fn(svm(X), labels)
        l.backward()
        trainer.step(30)
    scores = svm(X).reshape((-1,))
    acc = (nd.sign(scores) == y_signed).mean().asscalar()
    w, b = svm.weight.data().asnumpy().tolist(), svm.bias.data().asnumpy().tolist()
    print(name, repr(l.mean().asscalar()), w, b, acc)
pred = nd.array([[0.3], [-2.0], [1.5]])
lab = nd.array([1, -1, -1])
print(gluon.loss.HingeLoss()(pred, lab).asnumpy().tolist(), gluon.loss.SquaredHingeLoss()(pred, lab).asnumpy().tolist())
print(gluon.loss.LogisticLoss()(pred, lab).asnumpy().tolist())
try:
    gluon.loss.LogisticLoss(label_format='onehot')
except ValueError as e:
    print('ValueError', e)
print(nd.SVMOutput(nd.array([[1.0, 2.0, 0.5]]), nd.array([1]), margin=1.0).asnumpy().tolist())
