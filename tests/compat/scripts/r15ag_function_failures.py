"""autograd.Function whose backward fails: the callback prints the Python error (first and last line shown
here), the gradients read raise MXNet's failed callback check once; forward outputs and inputs as MXNet takes them."""
import contextlib
import io

import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from _words import words


class Returns(autograd.Function):
    def __init__(self, answer):
        super().__init__()
        self.answer = answer

    def forward(self, a, b):
        return a * b

    def backward(self, dy):
        if self.answer == "raise":
            raise ValueError("no gradient here")
        return self.answer(dy)


ANSWERS = {"two": lambda dy: (dy * 2, dy * 3), "one": lambda dy: dy, "None": lambda dy: None,
           "second None": lambda dy: (dy, None), "numbers": lambda dy: (1.0, 2.0),
           "three": lambda dy: (dy, dy, dy), "wrong shape": lambda dy: (nd.ones(5), dy),
           "row": lambda dy: (nd.ones((1, 2)), dy), "raise": "raise", "numpy": lambda dy: dy.asnumpy()}

for name, answer in ANSWERS.items():
    a, b = nd.array([[1.0, 2.0]]), nd.array([[3.0, 4.0]])
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        y = Returns(answer)(a, b)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        y.backward()
        try:
            got = a.grad.asnumpy().tolist()
        except Exception as e:
            got = words(e)
    lines = printed.getvalue().strip().splitlines()
    print(name, "->", got, "| b:", b.grad.asnumpy().tolist())
    if lines:
        print("   printed:", lines[0], "...", lines[-1])


class Plain(autograd.Function):
    def __init__(self, out):
        super().__init__()
        self.out = out

    def forward(self, x):
        return self.out(x)

    def backward(self, *dys):
        return dys[0]


for name, out in {"numpy output": lambda x: x.asnumpy(), "number output": lambda x: 3.0,
                  "list output": lambda x: [x * 2, x * 3], "tuple output": lambda x: (x * 2,)}.items():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    try:
        with autograd.record():
            r = Plain(out)(x)
        print(name, "->", type(r).__name__)
    except Exception as e:
        print(name, "->", words(e))
for name, arg in {"number input": 3.0, "numpy input": np.ones(2)}.items():
    try:
        with autograd.record():
            Plain(lambda x: x * 2)(arg)
    except Exception as e:
        print(name, "->", words(e))
f = Plain(lambda x: x * 2)
f(nd.ones(1))
try:
    f(nd.ones(1))
except Exception as e:
    print("called twice ->", words(e))
