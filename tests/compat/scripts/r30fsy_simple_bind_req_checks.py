"""simple_bind's grad_req checks: the C API source line each one names, and that they fail before the executor logs its subgraph note; a negative output index's nnvm log line."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import sym
from _stderr import stderr_of


def notes_and_error(call):
    """The executor notes ``call`` writes on stderr, and its error's lines (times left out)."""
    def bound():
        call()
        return "bound"
    shown, lines = stderr_of(bound)
    if isinstance(shown, Exception):
        shown = type(shown).__name__ + ": " + re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(shown)).strip()
    notes = sum("graph_executor.cc" in line for line in lines)
    return f"notes={notes}\n  " + shown.replace("\n", "\n  ")


a, b = sym.var("a"), sym.var("b")
prod = a * b
for req in ["write", "bogus", ["write", "bogus"], ["bogus", "write", "add"], ["write"], {"a": "bogus"},
            {"b": "write", "zz": "bogus"}, {"zz": "write"}]:
    print(repr(req), notes_and_error(lambda: prod.simple_bind(mx.cpu(), grad_req=req, a=(2, 2), b=(2, 2))))

parts = sym.split(sym.var("x"), num_outputs=4, name="sp")
for i in [-1, -4, 4]:
    print("index", i, notes_and_error(lambda: parts[i]))
print("group index -1", notes_and_error(lambda: sym.Group([a, b])[-1]))
