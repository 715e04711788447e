"""A lone slice of an mx.np array's first axis: MXNet checks begin <= end only for a unit step; a longer step
that starts past its stop selects nothing (read, written, differentiated)."""
# recorded on AVX2
import itertools

import numpy as np
import mxnet as mx
from _words import words

mx.npx.set_np()
BOUNDS = [None, -5, -1, 0, 1, 3, 5]


def attempt(fn):
    try:
        return fn()
    except Exception as e:
        return words(e)


def read(key):
    r = mx.np.array(np.arange(12.).reshape(3, 4))[key]
    return r.shape, r.asnumpy().ravel().astype(int).tolist()


def write(key):
    x = mx.np.array(np.arange(12.).reshape(3, 4))
    x[key] = -1
    return x.asnumpy().ravel().astype(int).tolist()


def grad(key):
    x = mx.np.array(np.arange(12.).reshape(3, 4))
    x.attach_grad()
    with mx.autograd.record():
        y = x[key] * 2
    y.backward()
    return x.grad.asnumpy().ravel().astype(int).tolist()


for a, b, c in itertools.product(BOUNDS, BOUNDS, [None, 1, 2, 3, -2]):
    key = slice(a, b, c)
    print(f"x[{a}:{b}:{c}]", attempt(lambda: read(key)), attempt(lambda: write(key)), attempt(lambda: grad(key)))
