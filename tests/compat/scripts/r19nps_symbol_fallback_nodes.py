"""mx.sym.np.empty_like, resize and unravel_index: the Custom nodes NumPy computes inside a graph (their text
attributes, shapes, types and values), their front-end refusals in order, and their refused gradients."""
import contextlib
import io
import json
import numpy as onp
import mxnet as mx
from mxnet import np
from _words import words

S = mx.sym.np
x = mx.sym.var("x").as_np_ndarray()


def attempt(label, fn):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):       # a callback's traceback names source files: not compared
        try:
            result = fn()
        except Exception as e:
            result = words(e)
        mx.nd.waitall()
    lines = printed.getvalue().splitlines()
    print(label, "->", result)
    if lines:
        print("  printed:", lines[:1], [line for line in lines if line.split(":")[0].endswith("Error")])


def node(sym):
    n = json.loads(sym.tojson())["nodes"][-1]
    return n["op"], n["attrs"], sym.list_arguments(), sym.list_outputs()


def run(sym, **arrays):
    return [(str(o.dtype), o.shape, o.asnumpy().tolist()) for o in sym.bind(mx.cpu(), arrays).forward()]


def backward(sym, value):
    grad = np.zeros(value.shape, dtype=value.dtype)
    ex = sym.bind(mx.cpu(), {"x": value}, args_grad={"x": grad})
    ex.forward(is_train=True)
    ex.backward([np.ones(o.shape, dtype=o.dtype) for o in ex.outputs])
    return grad.asnumpy().tolist()


with mx.name.NameManager():
    for label, make in [("empty_like", lambda: S.empty_like(x)),
                        ("empty_like int32", lambda: S.empty_like(x, dtype="int32")),
                        ("empty_like np.int64", lambda: S.empty_like(x, dtype=onp.int64)),
                        ("empty_like float", lambda: S.empty_like(x, dtype=float)),
                        ("empty_like subok=0", lambda: S.empty_like(x, subok=0)),
                        ("resize tuple", lambda: S.resize(x, (3, 4))), ("resize int", lambda: S.resize(x, 4)),
                        ("resize list", lambda: S.resize(x, [2, 2])),
                        ("resize keyword", lambda: S.resize(a=x, new_shape=(3,))),
                        ("unravel_index", lambda: S.unravel_index(x, (2, 3))),
                        ("unravel_index int", lambda: S.unravel_index(indices=x, shape=6))]:
        attempt(label, lambda: (type(make()).__name__, node(make())))

attempt("empty_like shape", lambda: S.empty_like(x).infer_shape(x=(2, 3)))
attempt("empty_like types", lambda: [S.empty_like(x, dtype=d).infer_type(x="float32")[1]
                                     for d in ["float16", "float64", "int8", "uint8", "int", "float", None]])
attempt("empty_like int32 of int64", lambda: S.empty_like(x, dtype="int32").infer_type(x="int64"))
attempt("empty_like bool type", lambda: S.empty_like(x, dtype="bool").infer_type(x="float32"))
attempt("resize shape", lambda: S.resize(x, (3, 4)).infer_shape(x=(2, 3)))
attempt("resize int shape", lambda: S.resize(x, 4).infer_shape(x=(2, 3)))
attempt("resize type", lambda: S.resize(x, 3).infer_type(x="int64"))
attempt("resize bool type", lambda: S.resize(x, 3).infer_type(x="bool"))
attempt("unravel shape", lambda: S.unravel_index(x, (2, 3)).infer_shape(x=(3,)))
attempt("unravel 2-d shape", lambda: S.unravel_index(x, (2, 3)).infer_shape(x=(2, 2)))
attempt("unravel int shape", lambda: S.unravel_index(x, 6).infer_shape(x=(2,)))
attempt("unravel type", lambda: S.unravel_index(x, (2, 3)).infer_type(x="int64"))
attempt("resize None shape", lambda: S.resize(x, None).infer_shape(x=(2,)))

attempt("run resize", lambda: run(S.resize(x, (2, 4)), x=np.arange(6).reshape(2, 3)))
attempt("run resize int32", lambda: run(S.resize(x, (2, 4)), x=np.array([1, 2, 3], dtype="int32")))
attempt("run resize 0-d", lambda: run(S.resize(x, (2, 2)), x=np.array(5.)))
attempt("run resize 0", lambda: run(S.resize(x, 0), x=np.arange(6)))
attempt("run unravel int64", lambda: run(S.unravel_index(x, (2, 3)), x=np.array([0, 4, 5], dtype="int64")))
attempt("run unravel int32", lambda: run(S.unravel_index(x, (2, 3)), x=np.array([1, 5], dtype="int32")))
attempt("run unravel 0-d", lambda: run(S.unravel_index(x, (2, 3)), x=np.array(4, dtype="int64")))
attempt("run unravel float", lambda: run(S.unravel_index(x, (2, 3)), x=np.array([0., 4.])))
attempt("run unravel out of range", lambda: run(S.unravel_index(x, (2, 3)), x=np.array([7], dtype="int64")))
attempt("run empty_like zeroed", lambda: run(S.empty_like(x, dtype="float64") * 0, x=np.ones((2,))))
attempt("run via json", lambda: run(mx.sym.load_json(S.resize(x, (2, 2)).tojson()), x=np.arange(3.)))
attempt("backward resize", lambda: backward(S.resize(x, (2, 2)), np.ones((3,))))
attempt("backward empty_like", lambda: backward(S.empty_like(x), np.ones((3,))))
attempt("backward unravel", lambda: backward(S.unravel_index(x, (2, 3)), np.array([1, 2], dtype="int64")))

for label, fn in [("order F", lambda: S.empty_like(3, dtype=onp.dtype("f4"), order="F", subok=True, shape=(2,))),
                  ("order K", lambda: S.empty_like(x, order="K")),
                  ("subok and shape", lambda: S.empty_like(x, subok=True, shape=(2,))),
                  ("shape ()", lambda: S.empty_like(x, shape=())),
                  ("dtype object", lambda: S.empty_like(x, dtype=onp.dtype("float32"))),
                  ("dtype on a number", lambda: S.empty_like(3, dtype=onp.dtype("f4"))),
                  ("empty_like name", lambda: S.empty_like(x, name="foo")),
                  ("unravel order F", lambda: S.unravel_index(3, (2, 3), order="F")),
                  ("unravel number", lambda: S.unravel_index(3, (2, 3))),
                  ("resize array", lambda: S.resize(np.ones(3), (2, 3))),
                  ("resize None", lambda: S.resize(None, (2, 3))),
                  ("resize missing", lambda: S.resize(x)),
                  ("resize legacy", lambda: S.resize(mx.sym.var("z"), (2, 3))),
                  ("empty_like legacy", lambda: S.empty_like(mx.sym.var("z"))),
                  ("unravel legacy", lambda: S.unravel_index(mx.sym.var("z"), (2, 3)))]:
    attempt(label, fn)
