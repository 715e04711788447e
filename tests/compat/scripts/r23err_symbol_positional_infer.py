"""Symbol.infer_shape / infer_type given positional shapes or types fail with MXNet's C++ library words alone."""
# recorded on AVX2
import mxnet as mx
from _words import words


def whole(e):
    """words(e), then every line the message has after the line words() shows."""
    w = words(e)
    lines = str(e).split("\n")
    said = w.split(": ", 1)[-1]
    at = [i for i, line in enumerate(lines) if said and said in line]
    return "\n".join([w] + (lines[at[-1] + 1:] if at else []))


a, b = mx.sym.var("a"), mx.sym.var("b")
SYMBOLS = {"a+b": a + b, "fc": mx.sym.FullyConnected(a, num_hidden=3, name="fc"), "a*2": a * 2}
for label, s in SYMBOLS.items():
    for what, args in (("infer_shape", ((2, 3),)), ("infer_shape", ((2, 3), (2, 3))), ("infer_type", ("float32",)),
                       ("infer_shape_partial", ((2, 3),))):
        try:
            print(label, what, len(args), "->", getattr(s, what)(*args))
        except Exception as e:
            print(label, what, len(args), "raises", whole(e))
