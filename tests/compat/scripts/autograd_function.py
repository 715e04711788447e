# custom autograd.Function, control flow, in-place ops on recorded arrays
import mxnet as mx
from mxnet import autograd, nd
import numpy as np


class Sigmoid(autograd.Function):
    def forward(self, x):
        y = 1 / (1 + nd.exp(-x))
        self.save_for_backward(y)
        print('fwd recording', autograd.is_recording(), autograd.is_training())
        return y

    def backward(self, dy):
        y, = self.saved_tensors
        print('bwd recording', autograd.is_recording(), autograd.is_training())
        return dy * y * (1 - y)


x = nd.array([-1., 0., 1.])
x.attach_grad()
with autograd.record():
    f = Sigmoid()
    y = f(x)
    z = y * 2
z.backward()
print(np.round(x.grad.asnumpy(), 6).tolist())
print(type(y).__name__, y.shape)


class Split2(autograd.Function):
    def forward(self, x, w):
        self.save_for_backward(x, w)
        return x * w, x + w

    def backward(self, da, db):
        x, w = self.saved_tensors
        print('da', da.asnumpy().tolist(), 'db', db.asnumpy().tolist())
        return da * w + db, da * x + db


x = nd.array([1., 2.])
w = nd.array([3., 4.])
x.attach_grad()
w.attach_grad()
with autograd.record():
    a, b = Split2()(x, w)
    out = a * 3 + b
out.backward()
print(x.grad, w.grad)
with autograd.record():
    a, b = Split2()(x, w)
a.backward()
print(x.grad, w.grad)
with autograd.record():
    r = Split2()(x, w)
print(type(r).__name__, len(r))

# function outside record
f = Sigmoid()
y = f(nd.array([0.]))
print(y)

# control flow
def g(a):
    b = a * 2
    while b.norm().asscalar() < 100:
        b = b * 3
    if b.sum().asscalar() > 0:
        return b
    return -b

a = nd.array([1., -2., 0.5])
a.attach_grad()
with autograd.record():
    c = g(a)
c.backward()
print(a.grad)

# in-place ops on recorded arrays
x = nd.array([1., 2., 3.])
x.attach_grad()


def inplace(kind, x=x):
    with autograd.record():
        y = x * 2
        if kind == 0:
            y += 1
        elif kind == 1:
            y *= x
        elif kind == 2:
            y[1] = 10
        elif kind == 3:
            y[:] = 5
        elif kind == 4:
            nd.relu(y, out=y)
        elif kind == 5:
            x += 1
        elif kind == 6:
            nd.elemwise_add(x, x, out=y)
        z = (y * x).sum()
    z.backward()
    return x.grad


print(x)
y = x * 2
with autograd.record():
    y += 1
    z = y * x
z.backward()
print(x.grad)
with autograd.record():
    y = x * 3
    s = y[1:]
    z = (s * s).sum()
z.backward()
print(x.grad)
with autograd.record():
    y = nd.concat(x, x * 2, dim=0)
    z = nd.slice_axis(y, axis=0, begin=2, end=5)
z.backward()
print(x.grad)
# gradient of an array not used
u = nd.array([1., 2.])
u.attach_grad()
v = nd.array([1., 2.])
v.attach_grad()
with autograd.record():
    o = u * 2
o.backward()
print(v.grad, u.grad)
# attach_grad inside record, sum of heads through reused input
with autograd.record():
    o = u * u + u
o.backward(nd.array([2., 3.]))
print(u.grad)
# grad of index ops
p = nd.array([[1., 2.], [3., 4.]])
p.attach_grad()
with autograd.record():
    q = nd.pick(p, nd.array([0, 1]), axis=1)
    r = nd.take(p, nd.array([1, 1]))
    t = q.sum() + r.sum()
t.backward()
print(p.grad)
with autograd.record():
    m = nd.max(p, axis=1) + nd.mean(p) + nd.norm(p)
m.backward()
print(np.round(p.grad.asnumpy(), 5).tolist())
print(autograd.is_recording(), autograd.is_training())
