"""Legacy bool variables with a number (computed in int64): backward refuses at once where the backward node's type rule meets the bool gradient (+, -, /, **, %, maximum), or the gradient fails on reading where the kernel lacks bool (*, unary minus, / by a number)."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import autograd


def words(e):
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))
    return type(e).__name__ + ": " + " | ".join(l.strip() for l in text.split("\n") if l.strip() and "Traceback" not in l)


CASES = [("x + 1", lambda x: x + 1), ("x - 1", lambda x: x - 1), ("1 - x", lambda x: 1 - x), ("1 + x", lambda x: 1 + x),
         ("x * 2", lambda x: x * 2), ("x * 2.5", lambda x: x * 2.5), ("x / 2", lambda x: x / 2), ("2 / x", lambda x: 2 / x),
         ("x ** 2", lambda x: x ** 2), ("2 ** x", lambda x: 2 ** x), ("x % 2", lambda x: x % 2), ("2 % x", lambda x: 2 % x),
         ("-x", lambda x: -x), ("x * True", lambda x: x * True), ("x + True", lambda x: x + True),
         ("maximum", lambda x: mx.nd.maximum(x, 1)), ("minimum", lambda x: mx.nd.minimum(x, 1)),
         ("(x * 2).sum()", lambda x: (x * 2).sum()), ("(x + 1) * 3", lambda x: (x + 1) * 3), ("x > 0", lambda x: x > 0),
         ("astype then * 2", lambda x: x.astype("float32") * 2)]
for label, fn in CASES:
    x = mx.nd.array([[1, 0, 1], [0, 1, 1]], dtype="bool")
    x.attach_grad()
    try:
        with autograd.record():
            y = fn(x)
        y.backward()
        print(label, "->", y.dtype.__name__, x.grad.dtype.__name__, x.grad.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))
    try:
        mx.nd.waitall()
    except Exception as e:
        print("  waitall", words(e))
