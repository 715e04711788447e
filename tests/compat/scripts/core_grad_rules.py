"""Reduction, broadcasting and pooling gradient rules MXNet's unit tests exercise: exclude without axis,
Kahan-summed broadcast gradients, x / scalar, signed zeros, max pooling and UpSampling accumulation order."""
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

x = nd.arange(24).reshape((2, 3, 4))
print(nd.sum(x, exclude=True), nd.mean(x, axis=(), exclude=True, keepdims=True), nd.max(x, axis=(0, 1, 2), exclude=True).shape)
rs = np.random.RandomState(7)
a = nd.array(rs.uniform(-1, 1, (3, 1, 1))); b = nd.array(rs.uniform(-1, 1, (3, 20, 30)))
dy = nd.array(rs.uniform(-1, 1, (3, 20, 30)))
a.attach_grad(); b.attach_grad()
with autograd.record():
    y = nd.broadcast_mul(a, b) + nd.broadcast_maximum(a, b) / 3.0
y.backward(dy)
print(a.grad.asnumpy().tolist(), b.grad.sum())
p, q = nd.array([[1., 5.], [3., -2.]]), nd.array([2., 0.])
p.attach_grad(); q.attach_grad()
with autograd.record():
    m = nd.broadcast_minimum(p, q)
m.backward(nd.array([[-1., -2.], [-3., -4.]]))
print(p.grad, q.grad)
z = nd.array([-0.0, 0.0, -6.0, 6.0])
print(z % 3.0, nd.erfinv(z), nd.LeakyReLU(z, act_type='selu'))
v = nd.array(rs.uniform(-3, 3, (4, 6))); v.attach_grad()
with autograd.record():
    w = nd.expm1(v) / 7.0
w.backward(nd.array(rs.uniform(-1, 1, (4, 6))))
print(v.grad)
img = nd.array(rs.uniform(-1, 1, (1, 2, 7, 7))); img.attach_grad()
with autograd.record():
    pooled = nd.Pooling(img, kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type='max')
    up = nd.UpSampling(pooled, scale=3, sample_type='nearest')
up.backward(nd.array(rs.uniform(-1, 1, up.shape)))
print(img.grad)
t = nd.array([1.5, -2.5]); t.attach_grad()
with autograd.record():
    r = nd.tile(t, 3) * nd.repeat(nd.tile(t, (1,)), 3)
r.backward(nd.array(rs.uniform(-1, 1, (6,))))
print(t.grad, nd.reshape(t, shape=2), nd.broadcast_to(nd.array([1.]), shape=3))
