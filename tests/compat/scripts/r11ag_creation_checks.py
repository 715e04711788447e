"""arange/linspace/eye range and size checks, the dtypes each creation operator lists as valid, and full's refusal of a non-number."""
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:      # MXNet's C++ errors: the essential line, without the operator's attribute list
        lines = [l for l in str(e).split("\n") if l.strip()]
        keep = [l for l in lines if l.startswith("MXNetError:")] or lines[:1]
        line = keep[0].replace("MXNetError: ", "") if keep else ""
        print(label, type(e).__name__, line.split(", in operator")[0])


for args in [(0,), (-3,), (2, 1), (0.5, 0.2), (1e10, 1), (2.5, 1, 0.5), (1, 4, -1), (4, 4, -1), (1, 2, 0),
             (np.nan,), (0, 3, np.nan), (1, 2, 1, 0), (4, 1, -1.5), (1, 4, 0.75)]:
    show("arange%r" % (args,), lambda: nd.arange(*args))
for dtype in ["bool", "int16", "uint16", "bfloat16x"]:
    show("arange dtype %s" % dtype, lambda: nd.arange(3, dtype=dtype))
    show("linspace dtype %s" % dtype, lambda: nd.linspace(0, 1, 3, dtype=dtype))
    show("eye dtype %s" % dtype, lambda: nd.eye(2, dtype=dtype))
    show("zeros dtype %s" % dtype, lambda: nd.zeros((2,), dtype=dtype))
    show("ones dtype %s" % dtype, lambda: nd.ones((2,), dtype=dtype))
show("arange None start, bool dtype", lambda: nd.arange(None, dtype="bool"))
for num in [-1, -2, 0, 1]:
    show("linspace num %d" % num, lambda: nd.linspace(0, 1, num))
for n in [-1, -2, 0]:
    show("eye %d" % n, lambda: nd.eye(n))
show("eye k beyond", lambda: nd.eye(2, 3, 5))
show("full text", lambda: nd.full((2,), "a"))
show("full list", lambda: nd.full((2,), [1, 2]))
