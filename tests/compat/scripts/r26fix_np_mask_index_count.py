"""A boolean mx.np mask in a tuple key counts as many axes as it has: a key of more than the array's is MXNet's
IndexError in its own words, before the mask and the index arrays are read (read, written, differentiated)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _words import words

mx.npx.set_np()
A = mx.np.array
M23 = "A([[True, False, True], [False, True, True]], dtype='bool')"
M22 = "A([[True, False], [True, True]], dtype='bool')"
M2, M3, M0 = "A([True, False], dtype='bool')", "A([False, True, True], dtype='bool')", "A(True, dtype='bool')"
CASES = [((2, 3), f"({M23}, A([[-1, 0]], dtype='int32'))"), ((2, 3), f"({M23}, A([0, 1], dtype='int32'))"),
         ((2, 3), f"({M23}, 0)"), ((2, 3), f"({M23}, slice(None))"), ((2, 3), f"({M23}, [])"), ((2, 3), f"({M23},)"),
         ((2, 3), f"({M23}, ...)"), ((2, 3), f"({M23}, ..., 0)"), ((2, 3), f"(..., {M23})"), ((2, 3), f"({M23}, None)"),
         ((2, 3), f"(None, {M23})"), ((2, 3), f"({M2}, 0)"), ((2, 3), f"({M2}, ...)"), ((2, 3), f"(0, {M3})"),
         ((2, 3), f"({M2}, {M3})"), ((2, 3), f"({M2}, 0, ...)"), ((2, 3), f"({M2}, 0, 0)"), ((2, 3), f"({M0}, 0, 1)"),
         ((2, 3), f"({M0}, 0, 1, 2)"), ((2, 3), f"({M2}, [0, 2])"), ((2, 3), f"({M2}, ..., {M3})"),
         ((1, 1, 4), "(A([[False]], dtype='bool'), -3, [])"), ((2, 2, 2), f"({M22}, 0, [])"), ((2, 2, 2), f"({M22}, 0, 0)"),
         ((2, 2, 2), f"({M22}, 1)"), ((2, 4), "(A([[False, False, False, False], [False, False, True, True]], dtype='bool'), "
                                             "slice(3, None, -3), A([[0, -1]], dtype='int32'), -2)")]


def run(shape, text, op):
    x = mx.np.arange(float(np.prod(shape))).reshape(shape)
    if op == "read":
        return x[eval(text)].asnumpy().tolist()
    if op == "write":
        x[eval(text)] = -1
        return x.asnumpy().tolist()
    x.attach_grad()
    with mx.autograd.record():
        y = x[eval(text)] * 3
    y.backward()
    return x.grad.asnumpy().tolist()


for shape, text in CASES:
    for op in ["read", "write", "grad"]:
        try:
            print(shape, text, op, "->", run(shape, text, op))
        except Exception as e:
            print(shape, text, op, "->", words(e))
