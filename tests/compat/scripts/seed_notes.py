# Founding notes "预备知识": NDArray creation, operations, broadcasting, memory, autograd.
import numpy as np
from mxnet import nd, autograd

x = nd.arange(12)
print(x, x.shape, x.size)
X = x.reshape((3, 4))
print(X)
print(nd.zeros((2, 3, 4)))
print(nd.ones((3, 4)))
Y = nd.array([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print(Y)
print(nd.random.normal(0, 1, shape=(3, 4)))
print(X + Y, X * Y, X / Y, Y.exp())
print(nd.dot(X, Y.T))
print(nd.concat(X, Y, dim=0), nd.concat(X, Y, dim=1))
print(X == Y)
print(X.sum())
print(X.norm().asscalar())
A = nd.arange(3).reshape((3, 1))
B = nd.arange(2).reshape((1, 2))
print(A, B, A + B)
print(X[1:3])
X[1, 2] = 9
print(X)
X[1:2, :] = 12
print(X)
before = id(Y)
Y = Y + X
print(id(Y) == before)
Z = Y.zeros_like()
before = id(Z)
Z[:] = X + Y
print(id(Z) == before)
nd.elemwise_add(X, Y, out=Z)
print(id(Z) == before)
before = id(X)
X += Y
print(id(X) == before)
P = np.ones((2, 3))
D = nd.array(P)
print(D)
print(D.asnumpy())

x = nd.arange(4).reshape((4, 1))
x.attach_grad()
with autograd.record():
    y = 2 * nd.dot(x.T, x)
y.backward()
print(x.grad)
print((x.grad - 4 * x).norm().asscalar() == 0)
print(autograd.is_training())
with autograd.record():
    print(autograd.is_training())


def f(a):
    b = a * 2
    while b.norm().asscalar() < 1000:
        b = b * 2
    if b.sum().asscalar() > 0:
        c = b
    else:
        c = 100 * b
    return c


a = nd.random.normal(shape=1)
a.attach_grad()
with autograd.record():
    c = f(a)
c.backward()
print(a.grad == c / a)
