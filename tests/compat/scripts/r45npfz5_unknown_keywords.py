"""Unknown keywords given to mx.np and mx.npx functions reach their operators: listed (in its attribute map's order) with the attributes given, refused before an attribute that fails to parse and before the inputs are counted, an a= to a caller naming its array data is one of them, a keyword naming an argument given by position is Python's TypeError, out=None is the caller's, and dot ignores them."""
import mxnet as mx
from _words import words

mx.npx.set_np()
np = mx.np
a = np.arange(6.).reshape(2, 3)
sq = np.eye(3) + 1


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape)
    except Exception as e:
        lines = [line for line in str(e).split("\n") if line.strip()]
        print(label, "->", words(e), "|", lines[-1][-160:] if lines else "")


CALLS = [("moveaxis", (a, 0, 1)), ("cumsum", (a,)), ("repeat", (a, 2)), ("roll", (a, 1)), ("reshape", (a, (6,))),
         ("sum", (a,)), ("around", (a,)), ("squeeze", (a,)), ("transpose", (a,)), ("transpose", (a, (1, 0))),
         ("prod", (a,)), ("max", (a,)), ("all", (a,)), ("trace", (sq,)), ("diagonal", (sq,)), ("diag", (sq,))]
KEYWORDS = [{"foo": 1}, {"bogus": 1}, {"x": 2}, {"abc": 1, "zz": 3}, {"size": 2}, {"k2": 1, "alpha": 2, "q1": 3},
            {"out": None, "foo": 1}, {"a": 1, "b": 2, "c": 3}, {"a": 1}, {"data": 1}]
for name, args in CALLS:
    for kw in KEYWORDS:
        show(f"{name} {len(args)} {kw}", lambda: getattr(np, name)(*args, **kw))
for name, args in [("sum", (a, 1)), ("repeat", (a, 2)), ("roll", (a, 1)), ("diag", (sq,)), ("trace", (sq,))]:
    show(f"{name} {kw} one fewer", lambda: getattr(np, name)(*args[1:], a=1, foo=2))
for name in ["all", "amax", "any", "around", "cumsum", "diag", "diagflat", "diagonal", "max", "moveaxis", "prod",
             "repeat", "reshape", "roll", "squeeze", "sum", "trace", "transpose", "dot", "eye"]:
    show(f"{name}(sq, sq, foo=1)", lambda: getattr(np, name)(sq, sq, foo=1))
show("dot(a, b, foo=1, bar='x')", lambda: np.dot(sq, sq, foo=1, bar="x"))
for name, args in [("softmax", (sq, sq)), ("sequence_mask", (sq, sq)), ("reshape", (sq,)), ("constraint_check", (sq > 0,)),
                   ("constraint_check", (sq > 0, "m")), ("constraint_check", (sq,))]:
    for kw in [{"foo": 1}, {"foo": 1, "bar": 2}]:
        show(f"npx.{name} {len(args)} {kw}", lambda: getattr(mx.npx, name)(*args, **kw))
