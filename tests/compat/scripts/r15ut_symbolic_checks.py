"""check_symbolic_forward/backward and check_numeric_gradient: passing checks and the failure reports."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, fn):
    try:
        r = fn()
        r = [v.asnumpy() if hasattr(v, "asnumpy") else v for v in r] if isinstance(r, list) else r
        r = {k: v.asnumpy() if hasattr(v, "asnumpy") else v for k, v in r.items()} if isinstance(r, dict) else r
        print(label, "->", [np.round(v, 4).tolist() for v in r] if isinstance(r, list) else
              {k: np.round(v, 4).tolist() for k, v in sorted(r.items())} if isinstance(r, dict) else r)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace("\n", " | "))


x, y = mx.sym.Variable("x"), mx.sym.Variable("y")
ones, threes = np.ones((2, 2)), np.full((2, 2), 3.)
attempt("forward ok", lambda: tu.check_symbolic_forward(x * y, [ones, threes], [threes]))
attempt("forward dict", lambda: tu.check_symbolic_forward(x * y, {"x": ones, "y": threes}, [threes]))
attempt("forward fail", lambda: tu.check_symbolic_forward(x * y, [ones, threes], [np.array([[3., 3.], [3., 4.]])]))
attempt("forward big fail", lambda: tu.check_symbolic_forward(
    x * 2, [np.arange(12.).reshape(3, 4)], [np.arange(12.).reshape(3, 4) * 2 + (np.arange(12).reshape(3, 4) == 5)]))
attempt("forward too few inputs", lambda: tu.check_symbolic_forward(x * y, [ones], [ones]))
attempt("forward float64", lambda: tu.check_symbolic_forward(x * y, [ones, threes], [threes], dtype=np.float64))
attempt("forward nan equal", lambda: tu.check_symbolic_forward(x * y, [np.full((2, 2), np.nan), threes],
                                                               [np.full((2, 2), np.nan)], equal_nan=True))
attempt("forward nan", lambda: tu.check_symbolic_forward(x * y, [np.full((2, 2), np.nan), threes],
                                                         [np.full((2, 2), np.nan)]))
attempt("backward ok", lambda: tu.check_symbolic_backward(x * y, [ones, threes], [ones], [threes, ones]))
attempt("backward dict", lambda: tu.check_symbolic_backward(x * y, [ones, threes], [ones], {"x": threes, "y": ones}))
attempt("backward fail", lambda: tu.check_symbolic_backward(x * y, [ones, threes], [ones], [threes, threes]))
attempt("backward null y", lambda: tu.check_symbolic_backward(x * y, [ones, threes], [ones], {"x": threes},
                                                              grad_req={"x": "write", "y": "null"}))
attempt("backward nd head", lambda: tu.check_symbolic_backward(x * y, [ones, threes], [mx.nd.ones((2, 2))],
                                                               [threes, ones]))
np.random.seed(0)
attempt("numeric ok", lambda: tu.check_numeric_gradient(x * y, [np.random.rand(2, 2) + 1, np.random.rand(2, 2) + 1]))
attempt("numeric grad_nodes", lambda: tu.check_numeric_gradient(x * y, [np.random.rand(2, 2) + 1,
                                                                        np.random.rand(2, 2) + 1], grad_nodes=["x"]))
attempt("numeric sin", lambda: tu.check_numeric_gradient(mx.sym.sin(x), [np.random.rand(3, 3)], numeric_eps=1e-3,
                                                         rtol=1e-2))
attempt("numeric fail", lambda: tu.check_numeric_gradient(mx.sym.BlockGrad(x) * x, [np.array([[1., 2.], [3., 4.]])]))
attempt("simple_forward", lambda: tu.simple_forward(x * 2, x=np.ones((2, 2))))
attempt("simple_forward group", lambda: tu.simple_forward(mx.sym.Group([x * 2, x + 1]), x=np.ones((2,))))
