# autograd edge cases: missing grads, bad head grads, grad_req null, second grad call, Function errors
import mxnet as mx
from mxnet import autograd, nd
import numpy as np
import contextlib
import io

x = nd.array([1., 2., 3.])
print(x.grad)
x.attach_grad()
print(x.grad)
with autograd.record():
    y = x * 2
print(y.grad)
y.backward()
print(x.grad)
x.attach_grad(grad_req='null')
with autograd.record():
    y = x * 2
try:
    y.backward()
    print('ok', x.grad)
except Exception as e:
    print(type(e).__name__)
x.attach_grad()
# heads vs head_grads length mismatch
with autograd.record():
    y = x * 2
    z = x * 3
try:
    autograd.backward([y, z], [nd.ones(3)])
    print(x.grad)
except Exception as e:
    print(type(e).__name__)
# grad: retain_graph default then a second grad
with autograd.record():
    y = (x * x).sum()
g1 = autograd.grad(y, [x])
print(g1)
try:
    g2 = autograd.grad(y, [x])
    print(g2)
except Exception as e:
    print(type(e).__name__)
# grad w.r.t. a variable not in the graph
u = nd.array([5., 6.])
u.attach_grad()
with autograd.record():
    y = (x * 2).sum()
try:
    print(autograd.grad(y, [x, u]))
except Exception as e:
    print(type(e).__name__)
# grad of an unmarked array
v = nd.array([1., 2., 3.])
with autograd.record():
    y = (x * v).sum()
try:
    print(autograd.grad(y, [v]))
except Exception as e:
    print(type(e).__name__)
# grad outside of a recorded graph head
try:
    print(autograd.grad(nd.ones(3), [x]))
except Exception as e:
    print(type(e).__name__)
# float64 and int arrays
x64 = nd.array([1., 2.], dtype='float64')
x64.attach_grad()
with autograd.record():
    y = x64 * x64
y.backward()
print(x64.grad, x64.grad.dtype)
# attach_grad inside record and reuse
with autograd.record():
    a = nd.array([2., 3.])
    a.attach_grad()
    b = a * a
b.backward()
print(a.grad)
# backward of a non-scalar sums output grads of ones
with autograd.record():
    m = nd.dot(nd.array([[1., 2.], [3., 4.]]), x[:2].reshape((2, 1)))
m.backward()
print(x.grad)


# custom Function edge cases
class Scale(autograd.Function):
    def __init__(self, k):
        super(Scale, self).__init__()
        self.k = k

    def forward(self, a):
        return a * self.k

    def backward(self, dy):
        return dy * self.k


p = nd.array([1., 2.])
p.attach_grad()
f = Scale(3.0)
with autograd.record():
    r = f(p)
    r2 = (r * r).sum()
r2.backward()
print(p.grad)
with autograd.record():
    try:
        r = f(p)
        print('reuse ok')
    except Exception as e:
        print(type(e).__name__)


for req in ('bad', 'write'):
    try:
        nd.ones(2).attach_grad(grad_req=req)
        print(req, 'ok')
    except Exception as e:
        print(req, type(e).__name__, e)
try:
    autograd.mark_variables([nd.ones(2)], [nd.ones(2)], 'nope')
except Exception as e:
    print(type(e).__name__, e)
print(autograd.is_recording(), autograd.is_training())
