"""Binding a sym.contrib.cond graph: a predicate that is not float32 fails at bind, as MXNet's type inference."""
import mxnet as mx


def show(f):
    try:
        out = f()
        print(out[0].asnumpy() if isinstance(out, list) else type(out).__name__)
    except mx.base.MXNetError as e:
        print(type(e).__name__)


with mx.name.NameManager():
    w = mx.sym.var("w")
    c = mx.sym.contrib.cond(w.sum() < 5, lambda: w * 2, lambda: w - 1)
    for dtype in ("float64", "int32", "float32"):
        show(lambda: c.bind(mx.cpu(), {"w": mx.nd.ones((2,), dtype=dtype)}))
        show(lambda: c.eval(w=mx.nd.ones((2,), dtype=dtype)))
    show(lambda: c.bind(mx.cpu(), {"w": mx.nd.array([3, 4])}).forward())
    d = mx.sym.contrib.cond(mx.sym.cast(w.sum() < 5, "float32"), lambda: w * 2, lambda: w - 1)
    show(lambda: d.bind(mx.cpu(), {"w": mx.nd.ones((2,), dtype="float64")}))
