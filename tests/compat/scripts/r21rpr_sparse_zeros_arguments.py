"""Sparse zeros and empty arrays given odd shapes and types: what they print, and the refusal MXNet's allocation
(sizes as unsigned ints, a type with a number), then its _zeros operator, gives first; nd.zeros of no shape."""
import numpy as np
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def full(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        text = str(e)
        print(label, "->", repr(text[text.find("Operator"):]) if "Operator" in text else words(e))


for stype in ["csr", "row_sparse"]:
    for dtype in ["float16", "float64", "int8", "uint8", "int32", "int64", "bool", "int16", "uint16", "complex64",
                  "a", [], np.int16, "float", int, float, None, "U", object]:
        attempt(f"{stype} dtype={dtype!r}", lambda: (repr(mx.nd.sparse.zeros(stype, (2, 2), dtype=dtype)),
                                                     mx.nd.sparse.zeros(stype, (2, 2), dtype=dtype).dtype))
    for shape in ["a", {}, (2, "a"), (2.5, 2), (2, -1), (2, None), np.array([2, 2]), [2, 2], (True, 2),
                  (2 ** 33, 1), b"ab", 3]:
        attempt(f"{stype} shape={shape!r}", lambda: repr(mx.nd.sparse.zeros(stype, shape)))
    attempt(f"{stype} bad shape and dtype", lambda: mx.nd.sparse.zeros(stype, "a", dtype="a"))
    attempt(f"{stype} negative size and bad dtype", lambda: mx.nd.sparse.zeros(stype, (2, -1), dtype="a"))
    attempt(f"{stype} no size and bad dtype", lambda: mx.nd.sparse.zeros(stype, (), dtype="a"))
    attempt(f"{stype} keyword and bad dtype", lambda: mx.nd.sparse.zeros(stype, (2, 2), dtype="a", foo=1))
    attempt(f"{stype} empty with bad dtype", lambda: repr(mx.nd.sparse.empty(stype, (2, 2), dtype="a")))
    full(f"{stype} shape=[]", lambda: mx.nd.sparse.zeros(stype, []))
    full(f"{stype} shape=(2, 0)", lambda: mx.nd.sparse.zeros(stype, (2, 0), dtype="float64", ctx=mx.cpu(1)))
for name in ["zeros", "ones", "empty"]:
    full(f"nd.{name}(None)", lambda: getattr(mx.nd, name)(None))
    full(f"nd.{name}(None, float16, cpu(1))", lambda: getattr(mx.nd, name)(None, dtype="float16", ctx=mx.cpu(1)))
full("nd.full(None, 2)", lambda: mx.nd.full(None, 2))
attempt("shape before context", lambda: mx.nd.sparse.zeros("csr", None, ctx="a"))
attempt("context before type", lambda: mx.nd.sparse.zeros("row_sparse", (2, 2), ctx="a", dtype="a"))
