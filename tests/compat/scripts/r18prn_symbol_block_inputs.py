"""A SymbolBlock called with inputs of every kind (before and after hybridize), and its printed outputs."""
import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from _words import words


def doubler():
    block = gluon.SymbolBlock(mx.sym.var("d") * 2 + 1, mx.sym.var("d"))
    block.initialize()
    return block


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r)
    except Exception as e:
        print(label, "->", words(e))


for hybrid in [False, True]:
    for label, value in [("int", 3), ("None", None), ("float", 1.5), ("str", "a"), ("list", [nd.ones((1, 2))]),
                         ("numpy", np.ones((1, 2))), ("nd", nd.array([[1, 2.5]])), ("np", mx.np.array([[1, 2.5]])),
                         ("nd int", nd.array([[1, 2]], dtype="int32")), ("symbol", mx.sym.var("x"))]:
        block = doubler()
        if hybrid:
            block.hybridize()
        attempt(f"hybridize={hybrid} {label}", lambda: block(value))
print(repr(doubler()))
attempt("hybrid_forward", lambda: doubler().hybrid_forward(nd, nd.ones(1)))
attempt("cast()", lambda: doubler().cast())
attempt("cast float16", lambda: (lambda b: (b.cast("float16"), b(nd.ones((1, 2), dtype="float16")))[1])(doubler()))
