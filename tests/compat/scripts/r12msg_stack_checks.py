"""stack (nd and sym), Concat and add_n refuse bad axes, mixed dtypes and no inputs in MXNet's check words."""
import re

import mxnet as mx


def essential(error):
    """The line holding the check, without a C++ traceback, source position or repeated type name."""
    lines = [x for x in str(error).strip().split("\n") if not x.startswith(("Traceback", "  File"))]
    line = next((x for x in lines if "Check failed" in x), " | ".join(lines))
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", line.replace("MXNetError: ", ""))


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        print(label, "raised", type(e).__name__, essential(e))


a, c, h = mx.nd.ones((2, 3)), mx.nd.ones((2, 3), dtype="int32"), mx.nd.ones((2, 3), dtype="float16")
attempt("stack int32", lambda: mx.nd.stack(a, c).shape)
attempt("stack third int32", lambda: mx.nd.stack(a, a, c).shape)
attempt("stack int32 first", lambda: mx.nd.stack(c, a).shape)
attempt("stack float16", lambda: mx.nd.stack(a, h).shape)
attempt("stack axis 3", lambda: mx.nd.stack(a, a, axis=3).shape)
attempt("stack axis -4", lambda: mx.nd.stack(a, a, axis=-4).shape)
attempt("stack axis 3 int32", lambda: mx.nd.stack(a, c, axis=3).shape)
attempt("stack axis -3", lambda: mx.nd.stack(a, a, axis=-3).shape)
attempt("stack num_args", lambda: mx.nd.stack(a, a, num_args=3).shape)
for name, fn in [("stack", mx.nd.stack), ("concat", mx.nd.concat), ("add_n", mx.nd.add_n)]:
    attempt(f"{name} of nothing", lambda: fn())
x, y = mx.sym.var("x"), mx.sym.var("y")
attempt("sym stack types", lambda: mx.sym.stack(x, y, name="s").infer_type(x="float32", y="int32"))
attempt("sym stack axis", lambda: mx.sym.stack(x, y, axis=3, name="s").infer_shape(x=(2, 3), y=(2, 3)))
