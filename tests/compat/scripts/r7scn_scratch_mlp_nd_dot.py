# An MLP from scratch with nd.dot, manual parameters, attach_grad and a hand-written SGD step
import numpy as np
import mxnet as mx
from mxnet import nd, autograd

np.random.seed(2)
X = nd.array(np.random.randn(20, 6))
y = nd.array(np.random.randint(0, 3, size=(20,)))
W1 = nd.array(np.random.randn(6, 10) * 0.1)
b1 = nd.zeros((10,))
W2 = nd.array(np.random.randn(10, 3) * 0.1)
b2 = nd.zeros((3,))
params = [W1, b1, W2, b2]
for p in params:
    p.attach_grad()


def net(x):
    h = nd.relu(nd.dot(x, W1) + b1)
    return nd.dot(h, W2) + b2


def cross_entropy(logits, label):
    return -nd.pick(nd.log_softmax(logits), label)


lr = 0.5
for epoch in range(5):
    for i in range(0, 20, 5):
        xb, yb = X[i:i + 5], y[i:i + 5]
        with autograd.record():
            l = cross_entropy(net(xb), yb)
        l.backward()
        for p in params:
            p[:] = p - lr * p.grad / xb.shape[0]
    acc = (net(X).argmax(axis=1) == y).mean().asscalar()
    print(epoch, repr(cross_entropy(net(X), y).mean().asscalar()), acc)
print(W2.asnumpy()[:2].tolist())
print(b1.asnumpy().tolist())
