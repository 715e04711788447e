"""d2l-zh (nd era) prerequisites: NDArray creation, arithmetic, broadcasting, indexing, in-place ops, numpy interop."""
import numpy as np

import mxnet as mx
from mxnet import nd

mx.random.seed(1)
np.random.seed(1)

x = nd.arange(12)
print(x)
print(x.shape, x.size, x.dtype, x.context)
X = x.reshape((3, 4))
print(X)
print(x.reshape((-1, 4)).shape, x.reshape((3, -1)).shape)
print(nd.zeros((2, 3, 4)))
print(nd.ones((3, 4)))
Y = nd.array([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print(Y, Y.dtype)
print(nd.random.normal(0, 1, shape=(3, 4)))

print(X + Y)
print(X * Y)
print(X / Y)
print(Y.exp())
print(nd.dot(X, Y.T))
print(nd.concat(X, Y, dim=0))
print(nd.concat(X, Y, dim=1))
print(X == Y)
print(X < Y, X > Y)
print(X.sum())
print(X.norm().asscalar(), type(X.norm().asscalar()))
print(X.sum().asscalar())

A = nd.arange(3).reshape((3, 1))
B = nd.arange(2).reshape((1, 2))
print(A, B)
print(A + B)
C = nd.arange(6).reshape((3, 1, 2))
print(C + nd.arange(4).reshape((1, 4, 1)))

print(X[1:3])
X[1, 2] = 9
print(X)
X[1:2, :] = 12
print(X)
print(X[1, 2], X[-1], X[:, 1])

before = id(Y)
Y = Y + X
print(id(Y) == before)
Z = Y.zeros_like()
before = id(Z)
Z[:] = X + Y
print(id(Z) == before, Z)
nd.elemwise_add(X, Y, out=Z)
print(id(Z) == before, Z)
before = id(X)
X += Y
print(id(X) == before, X)

P = np.ones((2, 3))
D = nd.array(P)
print(D, D.dtype)
print(D.asnumpy(), D.asnumpy().dtype)
print(nd.array(np.arange(4, dtype=np.int64)).dtype)
print(repr(nd.array([1.5])), nd.array([1.5]).asscalar())
print(nd.ones((2, 2)).T)
print(nd.arange(1, 10, 2), nd.arange(5, dtype='int32'))
print(nd.full((2, 2), 7), nd.ones_like(nd.zeros((1, 3))))
print(X.astype('int32'), X.max(), X.mean(axis=0))
print(nd.stack(A, A), nd.split(nd.arange(6).reshape((2, 3)), num_outputs=3, axis=1))
