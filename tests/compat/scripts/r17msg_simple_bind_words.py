"""simple_bind's refusals: the keywords given, then the C API's error after MXNetError: (the C++ trace left out),
with no words after MXNet's check."""
import re
import mxnet as mx


def attempt(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        lines = [re.sub(r"\[\d\d:\d\d:\d\d\] \S+\.(cc|h):\d+: ", "", line) for line in str(e).splitlines()
                 if line.strip() and not line.startswith("  File ") and not line.startswith("Traceback")]
        print(label, "->", type(e).__name__, lines)


x, w = mx.sym.var("x"), mx.sym.var("w")
fc = mx.sym.FullyConnected(x, num_hidden=3, name="fc")
attempt("nothing known", lambda: fc.simple_bind(mx.cpu()))
attempt("unused keyword", lambda: x.simple_bind(mx.cpu(), y=(2,)))
attempt("weight shape", lambda: mx.sym.FullyConnected(x, w, num_hidden=3, no_bias=True, name="fc")
        .simple_bind(mx.cpu(), x=(2, 3), w=(4, 3)))
attempt("plus shapes", lambda: (x + w).simple_bind(mx.cpu(), x=(2, 3), w=(3, 3)))
attempt("conv rank", lambda: mx.sym.Convolution(x, kernel=(2, 2), num_filter=2, name="c")
        .simple_bind(mx.cpu(), x=(1, 1, 3)))
attempt("dot shapes", lambda: mx.sym.dot(x, w, name="d").simple_bind(mx.cpu(), x=(2, 3), w=(2, 3)))
attempt("dropout int32", lambda: mx.sym.Dropout(x, mode="always", name="dr")
        .simple_bind(mx.cpu(), x=(2, 2), type_dict={"x": "int32"}))
attempt("mixed types", lambda: (x + w).simple_bind(mx.cpu(), x=(2, 3), w=(2, 3),
                                                   type_dict={"x": "int32", "w": "float32"}))
attempt("bad grad_req", lambda: (x + w).simple_bind(mx.cpu(), x=(2, 3), w=(2, 3), grad_req="foo"))
attempt("concat shapes", lambda: mx.sym.Concat(x, w, dim=1, name="cat").simple_bind(mx.cpu(), x=(2, 3), w=(3, 3)))
attempt("module unknown grad_req", lambda: mx.mod.Module(fc, data_names=["x"], label_names=None).bind([("x", (2, 3))], grad_req="foo"))
attempt("module undecided", lambda: mx.mod.Module(fc + w, data_names=["x"], label_names=None).bind([("x", (2, 3))]))
