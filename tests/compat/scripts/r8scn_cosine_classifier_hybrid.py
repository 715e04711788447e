# A cosine-similarity (normalised softmax) classifier head written in hybrid_forward, where norms appear twice in
# the expression, with a learnable temperature; trained hybridized and compared with the imperative run
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class CosineHead(nn.HybridBlock):
    def __init__(self, classes, in_units, **kwargs):
        super(CosineHead, self).__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get('weight', shape=(classes, in_units), init=mx.init.Xavier())
            self.scale = self.params.get('scale', shape=(1,), init=mx.init.Constant(5.0))

    def hybrid_forward(self, F, x, weight, scale):
        x_n = F.broadcast_div(x, F.sqrt(F.sum(x * x, axis=1, keepdims=True)) + 1e-6)
        w_n = F.broadcast_div(weight, F.sqrt(F.sum(weight * weight, axis=1, keepdims=True)) + 1e-6)
        cos = F.dot(x_n, w_n, transpose_b=True)
        margin_pen = F.mean(F.sqrt(F.sum(x * x, axis=1, keepdims=True)))
        return F.broadcast_mul(cos, scale), margin_pen


def run(hybrid):
    mx.random.seed(290)
    X = nd.random.normal(shape=(18, 4))
    y = nd.argmax(X[:, :3], axis=1)
    body = nn.Dense(6, activation='tanh')
    head = CosineHead(3, 6)
    net = nn.HybridSequential()
    net.add(body)
    body.initialize(mx.init.Xavier())
    head.initialize()
    if hybrid:
        net.hybridize()
        head.hybridize()
    params = net.collect_params()
    params.update(head.collect_params())
    trainer = gluon.Trainer(params, 'sgd', {'learning_rate': 0.3, 'momentum': 0.8})
    ce = gluon.loss.SoftmaxCrossEntropyLoss()
    for step in range(6):
        with autograd.record():
            logits, pen = head(net(X))
            loss = ce(logits, y).mean() + 0.01 * pen
        loss.backward()
        trainer.step(1)
        print(hybrid, step, repr(loss.asscalar()), repr(head.scale.data().asscalar()))
    return head.weight.data()


w_imp = run(False)
w_hyb = run(True)
print(w_hyb[0].asnumpy().tolist())
print(float(nd.abs(w_imp - w_hyb).max().asscalar()) < 1e-5)
