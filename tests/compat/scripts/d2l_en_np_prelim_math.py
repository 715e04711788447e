"""d2l-en preliminaries (np era): data preprocessing without pandas, linear algebra, calculus, autograd, probability."""
import csv
import io
import math

import numpy as onp

import mxnet as mx
from mxnet import autograd, np, npx

npx.set_np()
mx.random.seed(2)
onp.random.seed(2)

# data preprocessing: a small CSV parsed by hand, NaN filled with the mean, one-hot categories
text = "NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n4,NA,178100\nNA,NA,140000\n"
rows = list(csv.reader(io.StringIO(text)))[1:]
rooms = onp.array([float('nan') if r[0] == 'NA' else float(r[0]) for r in rows])
rooms[onp.isnan(rooms)] = onp.nanmean(rooms)
alley = onp.array([[r[1] == 'Pave', r[1] == 'NA'] for r in rows], dtype=float)
inputs = onp.concatenate([rooms[:, None], alley], axis=1)
X, y = np.array(inputs), np.array([float(r[2]) for r in rows])
print(X, X.dtype, y, y.dtype)
print(np.array(inputs, dtype=np.float32).dtype, np.array(onp.arange(3)).dtype)

# linear algebra
x, y2 = np.array(3.0), np.array(2.0)
print(x + y2, x * y2, x / y2, x ** y2)
x = np.arange(4)
print(x, x[3], len(x), x.shape)
A = np.arange(20).reshape(5, 4)
print(A, A.T)
B = np.array([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
print(B == B.T)
X = np.arange(24).reshape(2, 3, 4)
print(X)
A = np.arange(20).reshape(5, 4)
B = A.copy()
print(A + B, A * B)
a = 2
print(a + X, (a * X).shape)
print(x, x.sum())
print(A.shape, A.sum())
A_sum_axis0 = A.sum(axis=0)
print(A_sum_axis0, A_sum_axis0.shape)
A_sum_axis1 = A.sum(axis=1)
print(A_sum_axis1, A_sum_axis1.shape)
print(A.sum(axis=[0, 1]) if False else A.sum(axis=(0, 1)))
print(A.mean(), A.sum() / A.size)
print(A.mean(axis=0), A.sum(axis=0) / A.shape[0])
sum_A = A.sum(axis=1, keepdims=True)
print(sum_A, A / sum_A)
print(A.cumsum(axis=0))
y = np.ones(4)
print(x, y, np.dot(x, y), np.sum(x * y))
print(A.shape, x.shape, np.dot(A, x))
B = np.ones(shape=(4, 3))
print(np.dot(A, B))
u = np.array([3, -4])
print(np.linalg.norm(u), np.abs(u).sum(), np.linalg.norm(np.ones((4, 9))))
print(np.linalg.norm(np.arange(6.0).reshape(2, 3), axis=1))
print(np.matmul(A, B).shape, (A @ B)[0])
print(np.max(A), np.min(A, axis=0), np.argmax(A, axis=1), A.argmax(axis=0))
print(np.sqrt(np.arange(4.0)), np.log(np.arange(1, 4.0)), np.var(np.arange(4.0)), np.std(np.arange(4.0)))
print(np.tensordot(np.arange(6.0).reshape(2, 3), np.arange(3.0), axes=1))

# calculus: numerical limit
def f(x):
    return 3 * x ** 2 - 4 * x

def numerical_lim(f, x, h):
    return (f(x + h) - f(x)) / h

h = 0.1
for i in range(5):
    print(f'h={h:.5f}, numerical limit={numerical_lim(f, 1, h):.5f}')
    h *= 0.1
xs = np.arange(0, 3, 0.1)
print(f(xs).shape, f(xs)[:5], xs.asnumpy()[:3])

# autograd
x = np.arange(4.0)
x.attach_grad()
print(x.grad)
with autograd.record():
    y = 2 * np.dot(x, x)
print(y)
y.backward()
print(x.grad, x.grad == 4 * x)
with autograd.record():
    y = x.sum()
y.backward()
print(x.grad)
with autograd.record():
    y = x * x
y.backward()
print(x.grad)
with autograd.record():
    y = x * x
    u = y.detach()
    z = u * x
z.backward()
print(x.grad, x.grad == u)
with autograd.record():
    y = x * x
y.backward()
print(x.grad == 2 * x)

def g(a):
    b = a * 2
    while np.linalg.norm(b) < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c

a = np.random.normal()
a.attach_grad()
with autograd.record():
    d = g(a)
d.backward()
print(a.grad == d / a, a.shape, d.shape)
x = np.arange(3.0)
x.attach_grad()
with autograd.record():
    y = np.sin(x)
y.backward(np.ones(3) * 2)
print(x.grad.round(5) if hasattr(x.grad, 'round') else x.grad)
print(autograd.is_recording(), autograd.is_training())
with autograd.record():
    print(autograd.is_recording(), autograd.is_training())
with autograd.record(train_mode=False):
    print(autograd.is_training())
x.attach_grad(grad_req='add')
for _ in range(2):
    with autograd.record():
        y = (x * x).sum()
    y.backward()
print(x.grad)

# probability
fair_probs = [1.0 / 6] * 6
print(np.random.multinomial(1, fair_probs))
print(np.random.multinomial(10, fair_probs))
counts = np.random.multinomial(1000, fair_probs).astype(np.float32)
print(counts / 1000, counts.dtype)
counts = np.random.multinomial(10, fair_probs, size=500)
print(counts.shape, counts.dtype)
cum_counts = counts.astype(np.float32).cumsum(axis=0)
estimates = cum_counts / cum_counts.sum(axis=1, keepdims=True)
print(estimates[:3], estimates[-1])
print(np.random.uniform(0, 1, size=(2, 3)), np.random.randint(0, 5, size=(4,)))
print(np.random.normal(0, 1, size=(2,)), np.random.choice(5, 3), np.random.rand(2).shape)
print(np.random.multinomial(5, [0.2, 0.8], size=(2, 2)))
