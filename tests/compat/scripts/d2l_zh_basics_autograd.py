"""d2l-zh (nd era) prerequisites: autograd (attach_grad, record, backward, training mode, python control flow)
and looking up the API (dir of nd.random, help availability)."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

mx.random.seed(2)
np.random.seed(2)

x = nd.arange(4).reshape((4, 1))
x.attach_grad()
print(x.grad)
with autograd.record():
    y = 2 * nd.dot(x.T, x)
print(y)
y.backward()
print(x.grad)
print((x.grad - 4 * x).norm().asscalar() == 0)

print(autograd.is_training(), autograd.is_recording())
with autograd.record():
    print(autograd.is_training(), autograd.is_recording())
with autograd.record(train_mode=False):
    print(autograd.is_training(), autograd.is_recording())
with autograd.predict_mode():
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
print(a, c, a.grad)
print(a.grad == c / a)

# head gradient and non-scalar output
z = nd.array([[1., 2.], [3., 4.]])
z.attach_grad()
with autograd.record():
    w = z * z
w.backward(nd.array([[1., 0.5], [0.1, 2.]]))
print(z.grad)
with autograd.record():
    w = (z ** 3).sum()
w.backward()
print(z.grad)
# grad_req add
z.attach_grad(grad_req='add')
for _ in range(2):
    with autograd.record():
        w = nd.exp(z).sum()
    w.backward()
print(z.grad)
g = autograd.grad
with autograd.record():
    w = nd.sin(z)
print(g(w, [z], create_graph=False))
try:
    (z * 2).backward()
except Exception as e:   # backward outside record
    print(type(e).__name__)

print([n for n in dir(nd.random) if not n.startswith('_')])
print(callable(nd.ones_like), nd.ones_like(nd.array([[1, 2]])))
print(nd.random.uniform(low=-1, high=1, shape=(2, 2)), nd.random.randint(0, 10, shape=(3,)))
print(nd.random.poisson(2, shape=(2,)), nd.random.exponential(1, shape=(2,)))
print(nd.random.gamma(1, 1, shape=(2,)), nd.random.multinomial(nd.array([0.2, 0.8]), shape=3))
print(nd.random.shuffle(nd.arange(6)))
