"""A use_np HybridBlock whose hybrid_forward calls F.npx (imperative, then hybridized) trained with Adam."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from mxnet.gluon import nn


@mx.util.use_np
class Net(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(4, 3))
            self.dense = nn.Dense(2)

    def hybrid_forward(self, F, x, w):
        h = F.npx.relu(F.npx.fully_connected(x, w, num_hidden=4, no_bias=True))
        h = F.npx.reshape(h, (-2, -1))
        return F.npx.log_softmax(self.dense(h))


npx.set_np()
mx.random.seed(3)
net = Net()
net.initialize(mx.init.Normal(0.5))
print(mx.util.is_np_array(), net.w.shape, net.dense.weight.shape)
x = np.array(onp.arange(6).reshape(2, 3) / 3.0 - 1.0, dtype="float32")
label = np.array([1, 0])
trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 0.05})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss(from_logits=True)
for hybrid in (False, True):
    if hybrid:
        net.hybridize()
    for step in range(2):
        with autograd.record():
            out = net(x)
            loss = loss_fn(out, label)
        loss.backward()
        trainer.step(2)
        print(hybrid, step, type(out).__name__, onp.round(out.asnumpy(), 5).tolist(), onp.round(loss.asnumpy(), 5).tolist())
print(type(net.w.data()).__name__, onp.round(net.w.grad().asnumpy(), 5).tolist())
print(onp.round(net.dense.bias.data().asnumpy(), 5).tolist())
