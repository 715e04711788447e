"""mx.np math functions of bool variables: the forward fails when read; the gradient fails at the backward kernel's refusal (_backward_abs ... does not support boolean type, negative's unknown type), carries the forward's error where the backward reads the output (sqrt, exp, tanh), or is zero (floor); swapaxes refuses at the call."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import autograd

np = mx.np


def words(e):
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))
    return type(e).__name__ + ": " + " | ".join(l.strip() for l in text.split("\n") if l.strip() and "Traceback" not in l)


NAMES = ("abs absolute fabs sign sqrt cbrt square exp expm1 log log10 log2 log1p sin cos tan arcsin arccos arctan "
         "sinh cosh tanh arcsinh arccosh arctanh degrees radians reciprocal negative floor ceil trunc rint fix").split()
for name in NAMES:
    fn = getattr(np, name)
    x = np.array([[1, 0, 1]], dtype="bool")
    x.attach_grad()
    try:
        with autograd.record():
            y = fn(x)
        y.backward()
        x.grad.wait_to_read()
        print(name, "-> gradient", x.grad.dtype, x.grad.tolist())
    except Exception as e:
        print(name, "->", words(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print("  waitall", words(e))
for name, fn in [("swapaxes", lambda x: np.swapaxes(x, 0, 1)), ("method swapaxes", lambda x: x.swapaxes(0, 1))]:
    try:
        fn(np.array([[1, 0, 1]], dtype="bool"))
        print(name, "-> called")
    except Exception as e:
        print(name, "->", words(e))
