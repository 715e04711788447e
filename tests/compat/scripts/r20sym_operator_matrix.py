"""Every Python operator on symbols with symbols and scalars on either side: the node each builds (its op, name
and attributes), its value, and the refusals of the operators symbols do not have."""
import json
import operator
import re

import numpy as np
import mxnet as mx
from _words import words

A = np.array([[1.5, -2.0, 3.0], [0.0, 4.0, -0.5]])
B = np.array([[2.0, 3.0, -1.0], [1.0, 0.5, 2.0]])


def attempt(label, fn):
    try:
        s = fn()
        node = json.loads(s.tojson())["nodes"][-1]
        values = {k: mx.nd.array(A if k == "a" else B) for k in s.list_arguments()}
        out = s.eval(**values)[0].asnumpy()
        print(label, "->", node["op"], node["name"], node.get("attrs", {}), np.round(out, 4).tolist())
    except Exception as e:
        print(label, "->", re.sub(r"'[\w.]*\.Symbol'", "'Symbol'", words(e)))


ops = ["add", "sub", "mul", "truediv", "pow", "mod", "eq", "ne", "gt", "ge", "lt", "le", "floordiv", "matmul",
       "and_", "or_", "xor", "lshift"]
for name in ops:
    op = getattr(operator, name)
    attempt(f"a {name} b", lambda: op(mx.sym.var("a"), mx.sym.var("b")))
    attempt(f"a {name} a", lambda: op(mx.sym.var("a"), mx.sym.var("a")))
    for value in [2, 0.5, -3, 0, 1e20]:
        attempt(f"a {name} {value}", lambda: op(mx.sym.var("a"), value))
        attempt(f"{value} {name} a", lambda: op(value, mx.sym.var("a")))
for name in ["iadd", "isub", "imul", "itruediv", "ipow", "imod"]:
    op = getattr(operator, name)
    attempt(f"a {name} b", lambda: op(mx.sym.var("a"), mx.sym.var("b")))
    attempt(f"a {name} 2", lambda: op(mx.sym.var("a"), 2))
for name, fn in [("neg", operator.neg), ("abs", abs), ("pos", operator.pos), ("invert", operator.invert),
                 ("chain", lambda a: (a + 1) * a - a / 2 + 3 ** a - (2 - a) % 3),
                 ("compare chain", lambda a: -(a ** 2) + abs(a) >= 1)]:
    attempt(name, lambda: fn(mx.sym.var("a")))
for name, fn in [("bool", bool), ("int", int), ("float", float), ("round", round), ("len", len),
                 ("hash", hash), ("1 in a", lambda a: 1 in a)]:
    try:
        print(name, "->", fn(mx.sym.var("a")))
    except Exception as e:
        print(name, "->", re.sub(r"'[\w.]*\.Symbol'", "'Symbol'", words(e)))
