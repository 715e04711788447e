import mxnet as mx
from mxnet import nd
mx.random.seed(42)

x = nd.ones((3, 4))
y = nd.random_normal(0, 1, shape=(3, 4))
print('x=', x)
print('y=', y)
x = x + y
print('x = x + y, x=', x)

x = nd.array([1, 2, 3])
y = nd.array([2, 2, 2])
print(x * y)
print(nd.exp(x))
print(nd.dot(x, y.T))

print('y=', y)
idy = id(y)
y = y + x
print('after y=y+x, y=', y)
print('same id:', id(y) == idy)

print('x=', x)
z = nd.zeros_like(x)
print('z is zeros_like x, z=', z)
idz = id(z)
print('y=', y)
z[:] = x + y
print('z[:] = x + y, z=', z)
print('id(z) is the same as before:', id(z) == idz)

r = nd.elemwise_add(x, y, out=z)
print('after nd.elemwise_add(x, y, out=z), x=', x)
print('after nd.elemwise_add(x, y, out=z), y=', y)
print('after nd.elemwise_add(x, y, out=z), z=', z, id(z) == idz, r is z)

idx = id(x)
x += y
print('x=', x, 'same id:', id(x) == idx)

x = nd.array([1, 2, 3])
print('1D complete array, x=', x)
s = x[1:3]
print('slicing the 2nd and 3rd elements, s=', s)
x = nd.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
print('multi-D complete array, x=', x)
s = x[1:3]
print('slicing the 2nd and 3rd elements, s=', s)

print('original x, x=', x)
x[2] = 9.0
print('replaced entire row with x[2] = 9.0, x=', x)
x[0,2] = 9.0
print('replaced specific element with x[0,2] = 9.0, x=', x)
x[1:2,1:3] = 5.0
print('replaced range of elements with x[1:2,1:3] = 5.0, x=', x)

x = nd.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
print('original x, x=', x)
s = x[1:2,1:3]
print('plucking specific elements with x[1:2,1:3]', s)
s = x[:,:1]
print('first column with x[:,:1]', s)
s = x[:1,:]
print('first row with x[:1,:]', s)
s = x[:,3:]
print('last column with x[:,3:]', s)
s = x[2:,:]
print('last row with x[2:,:]', s)

x = nd.ones(shape=(3,6))
print('x = ', x)
y = nd.arange(6)
print('y = ', y)
print('x + y = ', x + y)
try:
    y = y.reshape((3,1))
except ValueError as e:
    print('ValueError', e)
y = nd.arange(3).reshape((3,1))
print('y = ', y)
print('x + y = ', x+y)

a = x.asnumpy()
print(type(a), a.dtype, a.shape)
y = nd.array(a)
print(y, y.dtype)
