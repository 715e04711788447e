"""Symbol inputs given by keyword: unknown names listed against the op's inputs, variadic ops' arg0.. names, and
positional with keyword inputs refused for them."""
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

x, y, b = mx.sym.var("x"), mx.sym.var("y"), mx.sym.var("b")
cases = [
    ("fc foo", lambda: mx.sym.FullyConnected(x, num_hidden=2, foo=y)),
    ("fc no_bias foo", lambda: mx.sym.FullyConnected(x, num_hidden=2, no_bias=True, foo=y)),
    ("fc weight by keyword", lambda: mx.sym.FullyConnected(x, weight=y, num_hidden=2)),
    ("fc bias by position", lambda: mx.sym.FullyConnected(x, y, b, num_hidden=2)),
    ("batchnorm foo", lambda: mx.sym.BatchNorm(x, foo=y)),
    ("batchnorm moving_mean", lambda: (mx.sym.BatchNorm(x, moving_mean=y, name="bn").list_auxiliary_states())),
    ("relu foo", lambda: mx.sym.relu(x, foo=y)),
    ("softmaxoutput label", lambda: mx.sym.SoftmaxOutput(x, label=y, name="s")),
    ("softmaxoutput foo", lambda: mx.sym.SoftmaxOutput(x, foo=y)),
    ("elemwise_add keywords", lambda: mx.sym.elemwise_add(rhs=y, lhs=x)),
    ("elemwise_add foo", lambda: mx.sym.elemwise_add(lhs=x, foo=y)),
    ("concat mixed", lambda: mx.sym.concat(x, data=y)),
    ("add_n mixed", lambda: mx.sym.add_n(x, foo=y)),
    ("stack mixed", lambda: mx.sym.stack(x, y, data=y)),
    ("concat keyword only", lambda: mx.sym.concat(data=y)),
    ("add_n arg names", lambda: mx.sym.add_n(arg1=y, arg0=x)),
    ("concat arg0", lambda: mx.sym.concat(arg0=x, dim=0)),
]
for label, make in cases:
    with mx.name.NameManager():
        attempt(label, lambda: (lambda made: made.list_arguments() if isinstance(made, mx.sym.Symbol) else made)(make()))
