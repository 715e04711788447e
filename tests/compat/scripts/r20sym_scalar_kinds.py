"""Which scalars a symbol's operators take: arithmetic takes numbers (complex fails the attribute parse),
comparisons take ints, floats and any numpy scalar (its text parsed), maximum-style functions name both types."""
import operator
import re

import numpy as np
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.sym.Symbol):
            r = (r.name, r.list_attr(), r.eval(a=mx.nd.array([1.0, 2.5]))[0].asnumpy().tolist())
        print(label, "->", r)
    except Exception as e:
        print(label, "->", re.sub(r"<class '[\w.]*\.Symbol'>", "<class 'Symbol'>", words(e)))


a = mx.sym.var("a")
scalars = [("int", 2), ("float", 2.5), ("bool", True), ("complex", 1j), ("np.int8", np.int8(2)),
           ("np.uint64", np.uint64(3)), ("np.float16", np.float16(1.5)), ("np.bool_", np.bool_(True)),
           ("np.str_", np.str_("ab")), ("np.datetime64", np.datetime64("2020-01-01")), ("str", "x"), ("None", None)]
for opname in ["add", "sub", "truediv", "pow", "mod", "eq", "ne", "gt", "ge", "lt", "le"]:
    op = getattr(operator, opname)
    for label, value in scalars:
        attempt(f"a {opname} {label}", lambda: op(a, value))
        if not isinstance(value, np.generic):       # (numpy's own operator runs first on its scalars)
            attempt(f"{label} {opname} a", lambda: op(value, a))
for fname in ["maximum", "minimum", "hypot", "power"]:
    fn = getattr(mx.sym, fname)
    for label, value in scalars:
        attempt(f"{fname}(a, {label})", lambda: fn(a, value))
        attempt(f"{fname}({label}, a)", lambda: fn(value, a))
    attempt(f"{fname}(2, 3)", lambda: fn(2, 3))
    attempt(f"{fname}(2, 'x')", lambda: fn(2, "x"))
