# Domain-adversarial training: a gradient reversal layer as autograd.Function, label and domain heads
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class GradReverse(autograd.Function):
    def __init__(self, lam):
        super(GradReverse, self).__init__()
        self.lam = lam

    def forward(self, x):
        return x.copy()

    def backward(self, dy):
        return -self.lam * dy


mx.random.seed(120)
src = nd.random.normal(0, 1, shape=(16, 4))
tgt = nd.random.normal(0.5, 1, shape=(16, 4))
src_y = (src[:, 0] > 0).astype('float32')
feat = nn.Dense(6, activation='relu')
clf = nn.Dense(2)
dom = nn.Dense(2)
for b in (feat, clf, dom):
    b.initialize(mx.init.Xavier())
params = feat.collect_params()
params.update(clf.collect_params())
params.update(dom.collect_params())
trainer = gluon.Trainer(params, 'sgd', {'learning_rate': 0.1})
ce = gluon.loss.SoftmaxCrossEntropyLoss()
domain_labels = nd.concat(nd.zeros((16,)), nd.ones((16,)), dim=0)
for step in range(6):
    lam = 0.1 * (step + 1)
    with autograd.record():
        fs, ft = feat(src), feat(tgt)
        cls_loss = ce(clf(fs), src_y).mean()
        rev = GradReverse(lam)(nd.concat(fs, ft, dim=0))
        dom_loss = ce(dom(rev), domain_labels).mean()
        total = cls_loss + dom_loss
    total.backward()
    trainer.step(1)
    print(step, repr(cls_loss.asscalar()), repr(dom_loss.asscalar()), repr(feat.weight.grad()[0, 0].asscalar()))
x = nd.array([[1.0, -2.0]])
x.attach_grad()
with autograd.record():
    y = GradReverse(0.5)(x) * 3
y.backward()
print(y.asnumpy().tolist(), x.grad.asnumpy().tolist())
