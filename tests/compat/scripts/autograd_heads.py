# backward and grad with odd heads: repeated, unrecorded, empty, float64 casts, reshapes
import mxnet as mx
from mxnet import nd, autograd
x = nd.array([1., 2.]); x.attach_grad()
with autograd.record():
    y = x * 2
for case in range(6):
    try:
        if case == 0:
            autograd.backward([y, nd.ones(2)], retain_graph=True)
        elif case == 1:
            autograd.backward([], retain_graph=True)
        elif case == 2:
            autograd.backward(y, head_grads=[nd.ones(2)], retain_graph=True)
        elif case == 4:
            autograd.backward([y, y], retain_graph=True)
        elif case == 5:
            print(autograd.grad([y, y], [x], retain_graph=True))
        print(case, x.grad)
    except Exception as e:
        print(case, type(e).__name__)
with autograd.record():
    z = x.sum()
z.backward()
print(x.grad)
with autograd.record():
    z = nd.sum(x * x, axis=0, keepdims=True)
z.backward()
print(x.grad, z.shape)
with autograd.record():
    a = x.astype('float64') * 2
a.backward()
print(x.grad, a.dtype)
with autograd.record():
    b = x.reshape((2, 1)).T
b.backward()
print(x.grad)
