"""d2l-en preliminaries (np era): creating, operating on, indexing and converting mxnet.np arrays."""
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()
mx.random.seed(1)
onp.random.seed(1)

x = np.arange(12)
print(x)
print(repr(x), x.shape, x.size, x.dtype, type(x).__name__, x.ndim)
X = x.reshape(3, 4)
print(X)
print(x.reshape(-1, 4).shape, x.reshape(3, -1).shape)
print(np.zeros((2, 3, 4)))
print(np.ones((2, 3, 4)).sum(), np.ones((2, 3)).dtype)
r = np.random.normal(0, 1, size=(3, 4))
print(r.shape, r.dtype, r.round(4) if hasattr(r, "round") else r)
print(np.array([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]]))
print(np.array([1, 2.5]).dtype, np.array([1, 2]).dtype, np.array(onp.array([1, 2])).dtype)
x = np.array([1, 2, 4, 8])
y = np.array([2, 2, 2, 2])
print(x + y, x - y, x * y, x / y, x ** y)
print(np.exp(x))
X = np.arange(12).reshape(3, 4)
Y = np.array([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print(np.concatenate([X, Y], axis=0))
print(np.concatenate([X, Y], axis=1))
print(X == Y)
print(X < Y, (X == Y).dtype)
print(X.sum(), X.sum().shape, type(X.sum()).__name__)
a = np.arange(3).reshape(3, 1)
b = np.arange(2).reshape(1, 2)
print(a, b)
print(a + b)
print(X[-1], X[1:3])
X[1, 2] = 9
print(X)
X[0:2, :] = 12
print(X)
X[:, 1] = np.array([7, 7, 7])
print(X)
Z = np.zeros_like(Y)
print('id equal', id(Z) == id(Z))
before = id(Y)
Y = Y + X
print(id(Y) == before)
Z[:] = X + Y
print(Z)
before = id(X)
X += Y
print(id(X) == before, X)
A = X.asnumpy()
B = np.array(A)
print(type(A).__name__, type(B).__name__, A.dtype, B.dtype)
a = np.array([3.5])
print(a, a.item(), float(a), int(a))
print(np.arange(12).reshape(3, 4).T)
print(np.arange(24).reshape(2, 3, 4)[1, :, ::2])
print(np.arange(10)[np.array([1, 3, 5])])
print(np.arange(6.0).reshape(2, 3)[:, [0, 2]])
m = np.arange(6).reshape(2, 3) > 2
print(m, np.arange(6).reshape(2, 3)[m])
print(np.ones(3) * 2.5, (np.ones(3) * 2).dtype, (np.arange(3) * 2.5).dtype)
print(np.arange(4) / 2)
try:
    np.arange(4) // 2
except TypeError as e:
    print("TypeError", e)
print(np.float32, np.int32, np.pi, np.e)
print(np.arange(5, dtype='float32'), np.arange(1, 7, 2), np.linspace(0, 1, 5))
print(np.empty((2, 0)).shape, np.full((2, 2), 3), np.eye(3))
print(np.arange(6).reshape(2, 3).astype('float64'))
print(np.stack([np.ones(2), np.zeros(2)]), np.stack([np.ones(2), np.zeros(2)], axis=1))
print(np.split(np.arange(6), 3), np.tile(np.arange(2), 3), np.expand_dims(np.arange(3), 0).shape)
print(np.ones((2, 3)).size, len(np.ones((4, 3))))
print(x.context if hasattr(x, 'context') else None, x.ctx)
print(x.as_nd_ndarray(), type(x.as_nd_ndarray()).__name__)
print(mx.nd.ones(2).as_np_ndarray())
