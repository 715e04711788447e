# A custom focal loss as a gluon.loss.Loss subclass (hybridizable), sample weights, class-imbalanced training
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn
from mxnet.gluon.loss import Loss, _apply_weighting


class FocalLoss(Loss):
    def __init__(self, gamma=2.0, alpha=0.25, weight=None, batch_axis=0, **kwargs):
        super(FocalLoss, self).__init__(weight, batch_axis, **kwargs)
        self._gamma = gamma
        self._alpha = alpha

    def hybrid_forward(self, F, pred, label, sample_weight=None):
        prob = F.sigmoid(pred)
        pt = F.where(label > 0.5, prob, 1 - prob)
        at = F.where(label > 0.5, F.ones_like(pt) * self._alpha, F.ones_like(pt) * (1 - self._alpha))
        loss = -at * F.power(1 - pt, self._gamma) * F.log(F.clip(pt, 1e-7, 1.0))
        loss = _apply_weighting(F, loss, self._weight, sample_weight)
        return F.mean(loss, axis=self._batch_axis, exclude=True)


mx.random.seed(6)
X = nd.random.normal(shape=(30, 4))
y = (X[:, 0] > 1.0).astype('float32').reshape((-1, 1))
print('positives', y.sum().asscalar())
focal = FocalLoss(prefix='focal_')
print(focal)
pred = nd.array([[2.0], [-1.0], [0.0]])
lab = nd.array([[1.0], [0.0], [1.0]])
print(focal(pred, lab).asnumpy().tolist(), focal(pred, lab, nd.array([[1.0], [0.5], [2.0]])).asnumpy().tolist())
focal.hybridize()
print(focal(pred, lab).asnumpy().tolist())
bce = gluon.loss.SigmoidBCELoss()
for name, loss_fn in (('bce', bce), ('focal', focal)):
    net = nn.Dense(1)
    net.initialize(mx.init.Zero())
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 1.0})
    for epoch in range(10):
        with autograd.record():
            l = loss_fn(net(X), y)
        l.backward()
        trainer.step(30)
    p = net(X).sigmoid()
    f1 = mx.metric.F1()
    f1.update([y.reshape((-1,))], [nd.concat(1 - p, p, dim=1)])
    print(name, repr(l.mean().asscalar()), net.weight.data().asnumpy().tolist(), f1.get())
