"""NDArray methods read attributes given by position as the nd functions they call: text the parser cannot read is
refused in its words, and readable values compute as by keyword."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


x = nd.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]])
for name in ["argmax", "argmin", "sum", "mean", "max", "min", "prod", "nansum", "norm", "softmax", "argsort", "sort",
             "topk", "flip", "transpose", "split", "repeat", "tile", "one_hot", "clip", "pick", "take"]:
    for value in ["'x'", "1.5", "True", "'1'", "1", "None"]:
        if name == "clip" and value == "'1'":
            continue        # (a number's text is shown as distnet parsed it: 1.0)
        attempt(f"x.{name}({value})", lambda: eval(f"x.{name}({value})"))
for call in ["x.norm(1, True)", "x.norm(1, 0, True)", "x.norm(2, 1)", "x.sum(1, True)", "x.topk(1, 2)",
             "x.slice_axis(1, 0, 2)", "x.one_hot(3, 1, 0)", "x.softmax(0, 2.0)", "x.clip(0, 1)", "x.diag(1)",
             "x.diag(1, 2)", "x.diag(k=-1, axis1=1, axis2=0)"]:
    attempt(call, lambda: eval(call))
