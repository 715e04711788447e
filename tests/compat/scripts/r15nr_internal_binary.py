"""MXNet's internal binary operators (_equal, _maximum, _power, ... and their capitalised spellings) take two
arrays of one shape, without broadcasting; the public and broadcast_* ones broadcast."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype.__name__, r.shape, r.asnumpy().round(4).tolist())
    except Exception as e:
        print(label, "->", words(e))


a = nd.array([[1.5, -2.0, 3.0], [0.5, 2.0, -1.0]])
b = nd.array([[1.5, 2.0, 1.25], [1.0, -2.0, 4.0]])
row = nd.array([[1.0, 2.0, 3.0]])
names = ["_equal", "_not_equal", "_greater", "_greater_equal", "_lesser", "_lesser_equal", "_logical_and",
         "_logical_or", "_logical_xor", "_maximum", "_minimum", "_mod", "_power", "_hypot", "_plus", "_minus", "_mul",
         "_div", "_Equal", "_Not_Equal", "_Greater", "_Greater_Equal", "_Lesser", "_Lesser_Equal", "_Logical_And",
         "_Logical_Or", "_Logical_Xor", "_Maximum", "_Minimum", "_Mod", "_Power", "_Hypot", "_Plus", "_Minus", "_Mul",
         "_Div"]
for name in names:
    op = getattr(nd._internal, name)
    attempt(f"{name} same shape", lambda: op(a, b))
    attempt(f"{name} (2,3) with (1,3)", lambda: op(a, row))
    attempt(f"{name} int32", lambda: op(a.astype("int32"), b.astype("int32")))
for name in ["equal", "maximum", "power", "logical_xor", "broadcast_hypot", "broadcast_mod", "lesser_equal"]:
    attempt(f"{name} broadcasts", lambda: getattr(nd, name)(a, row))
x = nd.array([[0.5, 1.5, 2.0], [1.0, 2.5, 0.75]])
y = nd.array([[2.0, 0.5, 1.0], [3.0, 1.0, 2.0]])
for name in ["_maximum", "_minimum", "_power", "_hypot", "_equal"]:
    x.attach_grad()
    y.attach_grad()
    with mx.autograd.record():
        out = getattr(nd._internal, name)(x, y)
    out.backward(nd.array([[1.0, -2.0, 0.5], [3.0, 1.0, -1.0]]))
    print(name, "grads", x.grad.asnumpy().round(4).tolist(), y.grad.asnumpy().round(4).tolist())
