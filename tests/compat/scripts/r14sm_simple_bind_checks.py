"""simple_bind's checks in MXNet's words: grad_req entries, the keywords listed in its error, variables sharing a
name; composing with an unknown keyword lists the candidate arguments."""
import re
import numpy as np
import mxnet as mx


def words(e):
    """The exception type and MXNet's whole message, without the C++ trace, source positions or timestamps."""
    text = str(e).split("Stack trace:")[0]
    lines = [line for line in text.splitlines()
             if not line.startswith("Traceback (most") and not line.strip().startswith("File \"")]
    lines = [line[len("MXNetError: "):] if line.startswith("MXNetError: ") else line for line in lines]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", "\n".join(lines).strip())
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:      # noqa: BLE001  (the error is what is compared)
        print(label, "->", words(e))

net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=3, name="fc"), name="sm")
for grad_req in ["foo", ["write", "foo", "null", "null"], {"fc_weight": "bad"}, ["write", 3, "null", "null"],
                 {"fc_weight": None}, ["null", "write"], "null", {"fc_weight": "add"}]:
    attempt(f"grad_req={grad_req!r}", lambda: [None if g is None else g.shape
                                               for g in net.simple_bind(mx.cpu(), grad_req=grad_req, data=(2, 4)).grad_arrays])
wide = mx.sym.broadcast_add(mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=4, name="fc"), mx.sym.var("y"))
attempt("unused keywords", lambda: wide.simple_bind(mx.cpu(), x=(2, 3), zz=(3,), y=[2, 4]))
attempt("all given", lambda: [a.shape for a in wide.simple_bind(mx.cpu(), x=(2, 3), zz=(3,), y=(2, 4)).arg_arrays])
a = mx.sym.var("a")
with mx.name.NameManager():
    attempt("same name, one undecided", lambda: (mx.sym.broadcast_mul(a, mx.sym.var("b")) + mx.sym.var("a")).simple_bind(mx.cpu(), a=(2, 3)))
    try:
        (a + mx.sym.var("a")).simple_bind(mx.cpu(), a=(2,))
    except RuntimeError as e:       # (the first three lines: MXNet's)
        print("same name, all decided ->", words(e).splitlines()[:3])
x = mx.sym.var("x")
with mx.name.NameManager():
    for label, make in [("fc", lambda: mx.sym.FullyConnected(x, num_hidden=2, name="fc")), ("x + x", lambda: x + x),
                        ("batchnorm", lambda: mx.sym.BatchNorm(x, name="bn")), ("variable", lambda: x),
                        ("group", lambda: mx.sym.Group([mx.sym.relu(x, name="r"), mx.sym.var("w")]))]:
        attempt(f"compose {label}", lambda: make()(zz=mx.sym.var("q")).list_arguments())
    attempt("compose known", lambda: mx.sym.FullyConnected(x, num_hidden=2, name="fc")(x=mx.sym.var("q")).list_arguments())
