"""num_args of variadic operators given as floats, booleans, texts and numbers beyond an int, in symbols and NDArray calls."""
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


x = mx.nd.ones((2, 2))
a, b = mx.sym.var("a"), mx.sym.var("b")
for op in ["Concat", "stack", "add_n", "ElementWiseSum"]:
    for v in [2, 2.0, "2", " 2", True, 2 ** 31, 2 ** 40, "a", 3, 1, 0, -1, None]:
        attempt(f"nd.{op} num_args={v!r}", lambda: getattr(mx.nd, op)(x, x, num_args=v).shape)
        attempt(f"sym.{op} num_args={v!r}", lambda: getattr(mx.sym, op)(a, b, num_args=v).list_attr())
attempt("sym.Concat num_args=3 arguments", lambda: mx.sym.Concat(a, b, num_args=3).list_arguments())
attempt("nd.concat dim=1 num_args=0", lambda: mx.nd.concat(x, x, dim=1, num_args=0).shape)
