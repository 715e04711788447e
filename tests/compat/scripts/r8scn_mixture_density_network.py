# A mixture density network on a one-to-many toy curve: mixture weights, means and scales, log-sum-exp NLL
import math
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

K = 3


class MDN(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(MDN, self).__init__(**kwargs)
        with self.name_scope():
            self.hidden = nn.Dense(16, activation='tanh')
            self.params_out = nn.Dense(3 * K)

    def hybrid_forward(self, F, x):
        h = self.params_out(self.hidden(x))
        logits, mu, log_sigma = F.split(h, num_outputs=3, axis=1)
        return F.log_softmax(logits, axis=1), mu, F.clip(log_sigma, -5, 5)


def mdn_nll(log_pi, mu, log_sigma, y):
    z = nd.broadcast_div(nd.broadcast_sub(y, mu), nd.exp(log_sigma))
    log_comp = -0.5 * z * z - log_sigma - 0.5 * math.log(2 * math.pi)
    joint = log_pi + log_comp
    m = joint.max(axis=1, keepdims=True)
    return -(m.reshape((-1,)) + nd.log(nd.sum(nd.exp(nd.broadcast_sub(joint, m)), axis=1)))


mx.random.seed(61)
y = nd.random.uniform(-1, 1, shape=(48, 1))
x = nd.sin(3 * y) + 0.5 * y + 0.05 * nd.random.normal(shape=(48, 1))
net = MDN()
net.initialize(mx.init.Normal(0.3))
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'adamax', {'learning_rate': 0.02})
for epoch in range(8):
    with autograd.record():
        log_pi, mu, log_sigma = net(x)
        nll = mdn_nll(log_pi, mu, log_sigma, y)
    nll.backward()
    trainer.step(48)
    print(epoch, repr(nll.mean().asscalar()))
log_pi, mu, log_sigma = net(nd.array([[0.0], [0.8]]))
print(nd.exp(log_pi).asnumpy().tolist())
print(mu.asnumpy().tolist(), nd.exp(log_sigma).asnumpy().tolist())
print(nd.log_softmax(nd.array([[1.0, 2.0, 3.0], [1000.0, 0.0, -1000.0]]), axis=1).asnumpy().tolist())
print(nd.log_softmax(nd.array([[1.0, 2.0], [3.0, 5.0]]), axis=0, temperature=2.0).asnumpy().tolist())
