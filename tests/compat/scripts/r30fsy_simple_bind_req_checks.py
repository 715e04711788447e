"""simple_bind's grad_req checks: the C API source line each one names, and that they fail before the executor logs its subgraph note; a negative output index's nnvm log line."""
# recorded on AVX2
import os
import re
import sys
import tempfile

import mxnet as mx
from mxnet import sym


def notes_and_error(call):
    """The executor notes ``call`` writes on stderr, and its error's lines (times left out)."""
    with tempfile.TemporaryFile() as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)
        try:
            call()
            shown = "bound"
        except Exception as e:
            shown = type(e).__name__ + ": " + re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).strip()
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        notes = sum("graph_executor.cc" in line for line in f.read().decode().splitlines())
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
