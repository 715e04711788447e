"""test_utils.check_symbolic_backward reads the shape of each expected gradient (None or a list is refused as MXNet refuses it); dict and list forms."""
import numpy as np

import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, str(e))


np.random.seed(0)
x = mx.sym.var("x")
xv = np.arange(6.0).reshape(2, 3) / 7
heads = [np.ones((2, 3))]
shapes = lambda grads: [(g.shape, str(g.dtype)) for g in (grads.values() if isinstance(grads, dict) else grads)]
attempt("array", lambda: shapes(tu.check_symbolic_backward(x * 2, [xv], heads, [np.full((2, 3), 2.0)])))
attempt("ndarray", lambda: shapes(tu.check_symbolic_backward(x * 2, [xv], heads, [mx.nd.full((2, 3), 2.0)])))
attempt("dict", lambda: shapes(tu.check_symbolic_backward(x * 2, {"x": xv}, heads, {"x": np.full((2, 3), 2.0)})))
attempt("None", lambda: tu.check_symbolic_backward(x * 2, [xv], heads, [None]))
attempt("nested list", lambda: tu.check_symbolic_backward(x * 2, [xv], heads, [[[2.0] * 3] * 2]))
attempt("dict of list", lambda: tu.check_symbolic_backward(x * 2, [xv], heads, {"x": [[2.0] * 3] * 2}))
attempt("unknown name", lambda: tu.check_symbolic_backward(x * 2, [xv], heads, {"y": np.ones((2, 3))}))
attempt("add", lambda: shapes(tu.check_symbolic_backward(x * 3, [xv], heads, [np.full((2, 3), 3.0)], grad_req="add")))
attempt("float16", lambda: shapes(tu.check_symbolic_backward(mx.sym.exp(x), [xv], heads, [np.exp(xv)], dtype=np.float16)))
