"""Float32 convolutions of LeNet and digits-CNN sizes (outputs, gradients) and three SGD steps of both nets, bit for bit."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def h(a):
    a = a.asnumpy()
    return a.dtype.name + str(a.shape) + hashlib.md5(a.tobytes()).hexdigest()[:12]


CASES = [((64, 1, 28, 28), 20, 5, 0), ((64, 20, 12, 12), 50, 5, 0), ((64, 1, 8, 8), 16, 3, 1), ((64, 16, 4, 4), 32, 3, 1),
         ((8, 3, 32, 32), 16, 3, 1), ((8, 16, 16, 16), 32, 3, 1), ((4, 32, 8, 8), 64, 3, 1), ((4, 20, 10, 10), 24, 3, 1),
         ((16, 12, 9, 9), 40, 5, 2), ((2, 64, 7, 7), 64, 1, 0)]
for i, (shape, filters, k, p) in enumerate(CASES):
    print("== case", i, shape, filters, k, p)
    np.random.seed(i)
    x = nd.array(np.random.randn(*shape).astype('float32'))
    w = nd.array(np.random.randn(filters, shape[1], k, k).astype('float32') * 0.1)
    b = nd.array(np.random.randn(filters).astype('float32'))
    for t in (x, w, b):
        t.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(k, k), pad=(p, p), num_filter=filters)
        z = (y * nd.array(np.random.randn(*y.shape).astype('float32'))).sum()
    z.backward()
    print(h(y), h(x.grad), h(w.grad), h(b.grad))


def net_of(name):
    net = nn.Sequential()
    if name == "cnn":
        net.add(nn.Conv2D(16, 3, padding=1, activation="relu"), nn.MaxPool2D(2), nn.Conv2D(32, 3, padding=1, activation="relu"),
                nn.MaxPool2D(2), nn.Flatten(), nn.Dense(64, activation="relu"), nn.Dense(10))
        return net, (64, 1, 8, 8)
    net.add(nn.Conv2D(20, 5, activation="relu"), nn.MaxPool2D(2, 2), nn.Conv2D(50, 5, activation="relu"),
            nn.MaxPool2D(2, 2), nn.Flatten(), nn.Dense(500, activation="relu"), nn.Dense(10))
    return net, (64, 1, 28, 28)


for name in ("cnn", "lenet"):
    print("== net", name)
    mx.random.seed(0)
    net, shape = net_of(name)
    net.initialize(mx.init.Xavier())
    rs = np.random.RandomState(0)
    x = nd.array(rs.rand(*shape).astype(np.float32))
    y = nd.array(rs.randint(0, 10, shape[0]))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    for step in range(3):
        with autograd.record():
            loss = loss_fn(net(x), y)
        loss.backward()
        trainer.step(shape[0])
        print(step, h(loss), [h(p.data()) for p in net.collect_params().values()])
