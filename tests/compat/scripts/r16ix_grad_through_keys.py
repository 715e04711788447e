"""Gradients through reads of every key kind, and writes while recording, in both front ends."""
import numpy as np
import mxnet as mx
from _words import words

KEYS = ["1", "-1", "slice(None, None, -1)", "(slice(None), 0)", "[0, 0, 1]", "([0, 1], [1, 1])", "A([1, 1, 0], dtype='int32')",
        "(None, 1)", "...", "slice(1, None, 2)", "(0, slice(None, None, -1))", "[[0, 1], [1, 1]]", "(A([0, 1], dtype='int64'), slice(None))"]

for front in ["nd", "np"]:
    if front == "np":
        mx.npx.set_np()
    P = mx.nd if front == "nd" else mx.np
    A = P.array
    for text in KEYS:
        key = eval(text)
        x = P.array([[1., 2., 3.], [4., 5., 6.]])
        x.attach_grad()
        try:
            with mx.autograd.record():
                y = x[key]
                z = (y * y).sum()
            z.backward()
            print(front, "read", text, "->", y.shape, x.grad.asnumpy().tolist())
        except Exception as e:
            print(front, "read", text, "->", words(e))
        x = P.array([[1., 2., 3.], [4., 5., 6.]])
        x.attach_grad()
        try:
            with mx.autograd.record():
                y = x * 2
                y[key] = 0
                z = y.sum()
            z.backward()
            print(front, "write", text, "->", y.asnumpy().tolist(), x.grad.asnumpy().tolist())
        except Exception as e:
            print(front, "write", text, "->", words(e))
