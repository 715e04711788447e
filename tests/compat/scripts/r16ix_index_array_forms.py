"""Index arrays in every form (floats truncated, 0-d numpy arrays in tuples, nested lists and tuples, empty arrays, lists of arrays, ranges) read, written and differentiated in both front ends."""
import numpy as np
import mxnet as mx
from _words import words

KEYS = ["A([1.7, 0.2])", "A([-0.5, 1.5])", "np.array([1.7, 0.2])", "[1.7, 0.2]", "(A([1.7]), A([2.2]))", "np.array(1)",
        "(np.array(1), 0)", "(0, np.array([1, 2]))", "(A([[0], [1]], dtype='int32'), A([0, 2], dtype='int32'))",
        "(slice(None), None, A([0, 2], dtype='int32'))", "(A([0, 1], dtype='int32'), None, slice(None))",
        "(Ellipsis, A([0, 1], dtype='int32'), None)", "(1, slice(None), A([0, 1], dtype='int32'))", "([1, 0], slice(None, None, -1))",
        "([[1]], [[0, 1, 2]])", "(slice(0, 1), [0, 1])", "([0, 1], [0, 1], [0, 1])", "((0, 1),)", "((0, 1), (1, 2))",
        "(slice(None), (0, 2))", "([],)", "(A([], dtype='int32'),)", "A(np.zeros((2, 0)), dtype='int32')", "(0, 1, [0])",
        "[A(1, dtype='int32'), A(0, dtype='int32')]", "[A([1]), 0]", "(A([1, 0], dtype='int64'), [1, 2])", "range(2)",
        "(range(2), 0)", "(slice(None), range(1, 3))", "(slice(None), range(2, 0, -1))"]


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for front in ["nd", "np"]:
    if front == "np":
        mx.npx.set_np()
    P = mx.nd if front == "nd" else mx.np
    A = P.array
    for text in KEYS:
        key = eval(text)
        x = P.array(np.arange(24.).reshape(2, 3, 4))
        attempt(f"{front} x[{text}]", lambda: (x[key].shape, x[key].asnumpy().tolist()))

        def write():
            y = P.array(np.arange(24.).reshape(2, 3, 4))
            y[key] = -1
            return y.asnumpy().tolist()
        attempt(f"{front} x[{text}] = -1", write)

        def grad():
            y = P.array(np.arange(24.).reshape(2, 3, 4))
            y.attach_grad()
            with mx.autograd.record():
                z = (y[key] * y[key]).sum()
            z.backward()
            return y.grad.asnumpy().tolist()
        attempt(f"{front} grad x[{text}]", grad)
