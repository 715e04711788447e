"""Variables' attributes: which check refuses a call first, initializers whose dumps() is not text, and the
caller's attribute dict filled in with the variable's own keys."""
import numpy as np
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


attempt("keyword before value check", lambda: mx.sym.var("v", attr={"k": 1}, foo=2))
attempt("initializer before value check", lambda: mx.sym.var("v", attr={"k": 1}, init=3))
attempt("dtype before value check", lambda: mx.sym.var("v", attr={"k": 1}, dtype="nope"))
attempt("initializer before keyword", lambda: mx.sym.var("v", init=3, foo=2))
attempt("dtype before initializer", lambda: mx.sym.var("v", init=3, dtype="nope"))
attempt("attr not a mapping, with shape", lambda: mx.sym.var("v", attr=3, shape=(2,), init=5))
attempt("attr a text, with dtype", lambda: mx.sym.var("v", attr="ab", dtype="float32"))
attempt("attr a list, with lr_mult", lambda: mx.sym.var("v", attr=[1], lr_mult=1))
attempt("attr an empty list", lambda: mx.sym.var("v", attr=[], lr_mult=1).list_attr())
for value in [np.float32(0.1), np.float64(0.1), np.int64(3), np.bool_(True), np.array([1, 2]), b"xy", 2.5, "zeros"]:
    attempt(f"init={value!r}", lambda: mx.sym.var("v", init=value).list_attr())
given = {"k": "v"}
print(mx.sym.var("x", attr=given, shape=(2,), init="one", __q__=1).list_attr())
print(given)
print(mx.sym.var("y", attr=given).list_attr())
with mx.AttrScope(z="1"):
    scoped = {"k": "v"}
    print(mx.sym.var("x", attr=scoped, shape=(2,)).list_attr(), scoped)
