"""Errors of failed operators left unread: unrelated gradients read fine, a gradient computed from a failed array keeps its buffer's data and raises once, an in-place refusal is checked before the types."""
import mxnet as mx
from mxnet import autograd
def last(e):
    return str(e).strip().splitlines()[-1][:150]
def step(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, last(e))
# 1: failed forward unread, then unrelated backward
b = mx.nd.array([[1, 0], [0, 1]], dtype='bool')
bad = mx.nd.transpose(b)          # fails (bool transpose)
x = mx.nd.array([1.0, 2.0]); x.attach_grad()
with autograd.record():
    y = (x * x).sum()
y.backward()
step('1 unrelated grad', lambda: x.grad.asnumpy().tolist())
step('1 waitall', lambda: mx.nd.waitall())
# 2: failed forward used in recorded graph with float variable
x = mx.nd.array([[1.0, 2.0], [3.0, 4.0]]); x.attach_grad()
b = mx.nd.array([[1, 0], [0, 1]], dtype='int8')
with autograd.record():
    d = mx.nd.dot(b, b)           # int8 dot fails
    y = x * d.astype('float32')
    z = y.sum()
z.backward()
step('2 grad', lambda: x.grad.asnumpy().tolist())
step('2 waitall', lambda: mx.nd.waitall())
# 3: failed forward in graph, a second backward after reading the error
with autograd.record():
    d = mx.nd.dot(b, b)
    y = (x * d.astype('float32')).sum() + (x * 2).sum()
y.backward()
step('3 grad', lambda: x.grad.asnumpy().tolist())
step('3 grad again', lambda: x.grad.asnumpy().tolist())
with autograd.record():
    y = (x * 3).sum()
y.backward()
step('3 grad after clean pass', lambda: x.grad.asnumpy().tolist())
step('3 waitall', lambda: mx.nd.waitall())
# 4: variable itself failed (written by failing op with out=)
x = mx.nd.array([1.0, 2.0]); x.attach_grad()
mx.nd.dot(mx.nd.ones((2, 2), dtype='int8'), mx.nd.ones((2,), dtype='int8'), out=mx.nd.zeros((2,), dtype='int8'))
xb = mx.nd.ones((2, 2), dtype='bool')
mx.nd.transpose(xb, out=xb)
with autograd.record():
    y = (x * 2).sum()
y.backward()
step('4 grad', lambda: x.grad.asnumpy().tolist())
step('4 xb', lambda: xb.asnumpy().tolist())
step('4 waitall', lambda: mx.nd.waitall())
# 5: grad() with a failed head
x = mx.nd.array([1.0, 2.0]); x.attach_grad()
with autograd.record():
    h = mx.nd.dot(mx.nd.ones((2, 2), dtype='int8'), mx.nd.ones((2, 2), dtype='int8')).astype('float32').sum() + (x * x).sum()
step('5 grad', lambda: [g.asnumpy().tolist() for g in autograd.grad(h, [x])])
step('5 waitall', lambda: mx.nd.waitall())
