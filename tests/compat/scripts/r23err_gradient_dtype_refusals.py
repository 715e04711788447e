"""A gradient array of another dtype than its argument, and a reduction's gradient over bool data, are refused in
MXNet's words alone."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd = mx.nd


def whole(e):
    """words(e), then every line the message has after the line words() shows."""
    w = words(e)
    lines = str(e).split("\n")
    said = w.split(": ", 1)[-1]
    at = [i for i, line in enumerate(lines) if said and said in line]
    return "\n".join([w] + (lines[at[-1] + 1:] if at else []))


def bind_backward(arg_dtype, grad_dtype):
    def run():
        s = mx.sym.var("a") * 2
        ex = s.bind(mx.cpu(), {"a": nd.ones(2, dtype=arg_dtype)}, args_grad={"a": nd.ones(2, dtype=grad_dtype)})
        ex.forward(is_train=True)
        ex.backward(nd.ones(2, dtype=arg_dtype))
        return ex.grad_arrays[0].asnumpy()
    return run


def bool_reduction(name):
    def run():
        x = nd.ones((2, 3))
        x.attach_grad()
        with mx.autograd.record():
            y = getattr(nd, name)(x.astype("bool"))
        y.backward()
        return x.grad.asnumpy()
    return run


CASES = [(f"bind {a} grad {g}", bind_backward(a, g))
         for a, g in [("float32", "float64"), ("float64", "float32"), ("float32", "float16"), ("float16", "float32")]]
CASES += [(f"{name} of bool backward", bool_reduction(name)) for name in ("max", "min", "prod", "mean", "norm")]
for label, fn in CASES:
    try:
        print(label, "->", fn().tolist())
    except Exception as e:
        print(label, "raises", whole(e))
