"""mx.np functions given a bad argument and a bad out= (by keyword and by position): ufuncs check their operands (a number's result is NumPy's, out unread), dot its arrays, take its mode, indices and flattening, rad2deg fails, average its weights, before a non-array out= is refused; a None array is a missing input found after it."""
import numpy as onp
import mxnet as mx
from _words import words

mx.npx.set_np()
A = mx.np.array([[1., 2., 3.], [4., 5., 6.]])
I = mx.np.array([0, 1], dtype='int64')
BAD_ARGS = [("None", None), ("num", 3), ("list", [1, 2]), ("i32", mx.np.array([[1, 2, 3], [4, 5, 6]], dtype='int32')),
            ("legacy", mx.nd.array([[1., 2., 3.], [4., 5., 6.]])), ("str", "s")]
BAD_OUTS = [("num", 2), ("list", [1]), ("legacy", mx.nd.zeros((2, 3))), ("shape", mx.np.zeros((7,))),
            ("i32", mx.np.zeros((2, 3), dtype='int32')), ("onp", onp.zeros((2, 3), dtype='float32'))]
FUNCS = {"abs": [A], "negative": [A], "sqrt": [A], "isnan": [A], "invert": [A], "rad2deg": [A], "deg2rad": [A],
         "add": [A, A], "true_divide": [A, A], "equal": [A, A], "less": [A, A],
         "lcm": [A, A], "copysign": [A, A], "maximum": [A, A], "dot": [A, mx.np.ones((3, 2))], "take": [A, I],
         "all": [A], "sum": [A], "argmax": [A], "cumsum": [A], "copy": [A], "trace": [A], "squeeze": [A]}


def attempt(label, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", type(r).__name__, getattr(r, "shape", ""), getattr(r, "dtype", ""))
    except Exception as e:
        print(label, "->", words(e)[:130])


for name, base in FUNCS.items():
    f = getattr(mx.np, name)
    for i in range(len(base)):
        for bl, bv in BAD_ARGS:
            args = list(base)
            args[i] = bv
            for ol, ov in BAD_OUTS:
                attempt(f"{name} arg{i}={bl} out={ol}", f, args, {"out": ov})
    for ol, ov in BAD_OUTS[:2]:
        attempt(f"{name} good out={ol}", f, base, {"out": ov})
        if name not in ("all", "sum", "argmax", "cumsum", "trace", "squeeze", "take"):
            for bl, bv in BAD_ARGS[:3]:
                attempt(f"{name} positional arg0={bl} out={ol}", f, [bv] + base[1:] + [ov], {})
for kwargs in [{"mode": "bad"}, {"axis": "bad", "mode": "bad"}, {"axis": 0}, {"axis": 5}]:
    for a, idx in [(A, I), (None, I), (3, I), (A, None), (A, 3), (mx.nd.ones((2, 3)), I), (None, None)]:
        attempt(f"take {type(a).__name__} {type(idx).__name__} {kwargs} out=num", mx.np.take, (a, idx),
                dict(kwargs, out=2))
for weights in [None, [1], 3, mx.nd.ones((2, 3)), A]:
    for ol, ov in BAD_OUTS:
        attempt(f"average weights={type(weights).__name__} out={ol}", mx.np.average, (A,), {"weights": weights, "out": ov})
