"""A csr array added to or subtracted from a dense one: broadcast_add/sub (nd. and nd.sparse.), nd.add/subtract,
the + - operators and += -= run MXNet's csr-dense kernel: its shape and dtype checks are raised when the result
is read, a dense left operand keeps its place in shape errors, and a broadcast dense operand takes any dtype."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _sparse_show import show
from _words import words

nd = mx.nd
SHAPES = [((4, 3), (4, 3)), ((4, 3), (1, 3)), ((1, 3), (4, 3)), ((4, 3), (4, 1)), ((4, 1), (4, 3)), ((4, 3), (1, 1)),
          ((4, 3), (3,)), ((3,), (4, 3)), ((2, 3), (4, 3)), ((4, 3), (2, 4, 3)), ((2, 4, 3), (4, 3))]
CALLS = {"nd.broadcast_add": nd.broadcast_add, "nd.broadcast_sub": nd.broadcast_sub,
         "sp.broadcast_add": nd.sparse.broadcast_add, "sp.broadcast_plus": nd.sparse.broadcast_plus,
         "nd.add": nd.add, "nd.subtract": nd.subtract, "sp.add": nd.sparse.add, "+": lambda a, b: a + b,
         "-": lambda a, b: a - b}


def array(shape, stype, dtype, seed):
    values = np.random.RandomState(seed).randint(-2, 3, shape).astype(dtype)
    return nd.array(values, dtype=dtype).tostype(stype)


def in_place(a, b, sign):
    c = a.copy()
    if sign == "+":
        c += b
    else:
        c -= b
    return c


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for dtype in ["float32", "float64", "int32", "float16"]:
    for s1, s2 in SHAPES:
        for st1, st2 in [("default", "csr"), ("csr", "default")]:
            if st1 == "csr" and len(s1) != 2 or st2 == "csr" and len(s2) != 2:
                continue
            a, b = array(s1, st1, dtype, 1), array(s2, st2, dtype, 2)
            for name, call in CALLS.items():
                attempt(f"{dtype} {st1}{s1} {name} {st2}{s2}", lambda: call(a, b))
            if st1 == "default":
                for sign in "+-":
                    attempt(f"{dtype} {st1}{s1} {sign}= {st2}{s2}", lambda: in_place(a, b, sign))
out = nd.zeros((4, 3))
attempt("out= broadcast csr", lambda: nd.broadcast_add(nd.ones((4, 3)), nd.ones((1, 3)).tostype("csr"), out=out))
attempt("out= same shape", lambda: nd.broadcast_sub(nd.ones((4, 3)), nd.ones((4, 3)).tostype("csr"), out=out))
