"""Sparse array methods called wrongly: the class Python's argument error names is the one MXNet defines each on."""
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", words(e))


for stype in ["csr", "row_sparse"]:
    a = mx.nd.sparse.zeros(stype, (2, 2))
    attempt(f"{stype} tostype()", lambda: a.tostype())
    attempt(f"{stype} tostype(stype=, x=)", lambda: a.tostype(stype="default", x=1))
    attempt(f"{stype} copyto()", lambda: a.copyto())
    attempt(f"{stype} copyto(1, 2)", lambda: a.copyto(1, 2))
    for name in ["copy", "detach", "wait_to_read", "asscalar", "as_np_ndarray"]:
        attempt(f"{stype} {name}(1)", lambda: getattr(a, name)(1))
        attempt(f"{stype} {name}(x=1)", lambda: getattr(a, name)(x=1))
    attempt(f"{stype} check_format(1, 2)", lambda: a.check_format(1, 2))
    attempt(f"{stype} check_format(x=1)", lambda: a.check_format(x=1))
attempt("symbol as_np_ndarray(1)", lambda: mx.sym.var("x").as_np_ndarray(1))
attempt("nd as_np_ndarray(1)", lambda: mx.nd.ones((1,)).as_np_ndarray(1))
