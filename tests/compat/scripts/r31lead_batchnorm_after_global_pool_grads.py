"""BatchNorm's gradients through a global pooling of few channels: oneDNN's reference pooling backward lays the gradient out channels last, where BatchNorm's backward sums image by image (and small CNNs with 4-channel convolutions train as MXNet)."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(0)
for k, (n, c, h, w) in enumerate([(4, 4, 6, 6), (3, 4, 5, 5), (2, 4, 10, 7), (2, 4, 7, 10), (3, 8, 9, 9),
                                  (2, 12, 17, 13), (3, 5, 6, 6), (2, 8, 10, 7), (2, 4, 4, 4)]):
    kind = ["avg", "max", "act", "fixed gamma", "global stats", "predict"][k % 6]
    x = nd.array(rs.randn(n, c, h, w))
    x.attach_grad()
    bn = nn.BatchNorm(scale=kind != "fixed gamma", use_global_stats=kind == "global stats")
    bn.initialize()
    bn.gamma.set_data(nd.array(rs.rand(c) + 0.5))
    with autograd.record(train_mode=kind != "predict"):
        y = bn(x)
        if kind == "act":
            y = nd.Activation(y, act_type="relu")
        z = nd.Pooling(y, global_pool=True, pool_type="max" if kind == "max" else "avg", kernel=(1, 1))
    z.backward(nd.array(rs.randn(n, c, 1, 1)))
    gamma = digest(bn.gamma.grad()) if bn.gamma.grad_req != "null" else "-"
    print((n, c, h, w), kind, digest(x.grad), gamma, digest(bn.beta.grad()), digest(bn.running_var.data()))

mx.random.seed(832)
rs = np.random.RandomState(832)
net = nn.HybridSequential()
net.add(nn.Conv2D(4, 3, padding=1, activation="tanh"), nn.BatchNorm(), nn.GlobalAvgPool2D(), nn.Dropout(0.2),
        nn.Flatten(), nn.Dense(5))
net.initialize(mx.init.Xavier(magnitude=2.24, rnd_type="gaussian"))
x, y = rs.randn(16, 2, 6, 6).astype("float32"), rs.randint(0, 5, 16).astype("float32")
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "clip_gradient": 0.1})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for step in range(2):
    xb, yb = nd.array(x[step * 8:(step + 1) * 8]), nd.array(y[step * 8:(step + 1) * 8])
    with autograd.record():
        loss = loss_fn(net(xb), yb)
    loss.backward()
    trainer.step(8)
    print(step, loss.asnumpy().tolist())
print(net(nd.array(x[:2])).asnumpy().tolist())
