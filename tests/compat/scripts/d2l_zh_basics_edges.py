"""d2l-zh (nd era) exercise corners: NDArray truth values in control flow, overflow to inf/nan in a hand-made
softmax and cross-entropy, printing of inf/nan/large/small numbers, tuples of NDArrays, asscalar errors."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

mx.random.seed(12)
np.random.seed(12)

x = nd.array([3.0, 4.0])
print(x.norm(), x.norm() > 1, bool(x.norm() > 1), type(x.norm() > 1).__name__)
n = 0
while x.norm() > 1:
    x /= 2
    n += 1
print(n, x)
if x.norm() < 0.8:
    x *= 10
print(x)
for v in (nd.array([0.0]), nd.array([2.0]), nd.zeros((1, 1))):
    print(bool(v), repr(v.asscalar()), type(v.asscalar()).__name__)
for bad in (nd.array([1.0, 2.0]),):
    try:
        print(bool(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    nd.array([1.0, 2.0]).asscalar()
except Exception as e:
    print(type(e).__name__, e)


def softmax(X):
    X_exp = X.exp()
    return X_exp / X_exp.sum(axis=1, keepdims=True)


big = nd.array([[100., 1000.], [-1000., 0.], [1., 2.]])
print(big.exp())
print(softmax(big))
p = softmax(big)
print(-nd.pick(p, nd.array([0, 0, 1])).log())
print(nd.log_softmax(big), nd.softmax(big))
print(nd.array([np.inf, -np.inf, np.nan, 1e30, 1e-30, -0.0]))
print(nd.array([1e8, 1.0]), nd.array([1e-5, 1.0]), nd.array([123456.7, 0.1]))
print(nd.array([[1e-8, 3.0], [2.5, 1e5]], dtype='float64'))
print(nd.array([1, 2], dtype='float16') / 3, nd.array([2 ** 31 - 1], dtype='int32'), nd.array([2 ** 40], dtype='int64'))
t = (nd.ones((1, 2)), 'b:', nd.zeros(1))
print(t)
print([nd.ones(2)])
print(repr(nd.ones((2, 3, 4))[0]))
print(nd.ones((3, 4)).reshape((2, 6)), nd.ones((2, 2)) * np.float32(2))
y = nd.array([0, 2], dtype='int32')
y_hat = nd.array([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat.argmax(axis=1), y_hat.argmax(axis=1) == y.astype('float32'), y_hat.argmax(axis=1).dtype)
try:
    print(y_hat.argmax(axis=1) == y)
except Exception as e:
    print(type(e).__name__)
print((y_hat.argmax(axis=1) == y.astype('float32')).mean().asscalar(), y.size, len(y))
w = nd.random.normal(scale=0.01, shape=(3, 1))
w.attach_grad()
with autograd.record():
    l = (nd.dot(nd.ones((2, 3)), w) - nd.array([1., 2.]).reshape((2, 1))) ** 2 / 2
l.backward()
print(l.shape, w.grad.asnumpy().round(5))
w[:] = w - 0.1 * w.grad / 2
print(w.grad is not None, w.asnumpy().round(5))
try:
    w = w - 0.1 * w.grad
    w.grad
    print(w.grad)
except Exception as e:
    print(type(e).__name__)
print(nd.array([1, 2, 3]).take(nd.array([2, 0])), nd.arange(6).reshape((3, 2)).take(nd.array([2, 0])))
print(nd.one_hot(nd.array([0, 2]), 3), nd.pick(nd.arange(6).reshape((2, 3)), nd.array([1, 2]), axis=1, keepdims=True))
# numpy scalars (e.g. from numpy statistics) on either side of NDArray arithmetic and comparisons
m = np.mean(np.array([0.2, 0.4]))
print(type(m).__name__, m < y_hat, y_hat > m, np.float32(0.25) >= y_hat, np.int64(2) == nd.array([1, 2]))
print(m * y_hat, y_hat - np.float32(0.1), np.float64(1) - y_hat)
for bad in (lambda: np.array(0.5) * y_hat, lambda: np.array(0.5) - y_hat, lambda: y_hat + np.ones(3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
