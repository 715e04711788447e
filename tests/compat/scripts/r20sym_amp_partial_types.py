"""Partial type inference through amp_cast and amp_multicast: an unknown input's output stays unknown, known
float16/float32 inputs are cast together (to float32 if one is, else to the first input's type; with cast_narrow
to float16 if one is), and the other kinds keep their own type."""
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
V, S = mx.sym.var, mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


for count in [2, 3]:
    names = ["a", "b", "c"][:count]
    for types in [("float16", None, "float32"), (None, "float16", None), ("float32", "float16", None),
                  (None, None, "int32"), ("float16", "float16", None), ("bool", "float16", None),
                  ("float64", None, "float16"), ("float16", "float16", "float16")]:
        given = {k: t for k, t in zip(names, types) if t is not None}
        for narrow in [False, True]:
            net = S.amp_multicast(*[V(k) for k in names], num_outputs=count, cast_narrow=narrow)
            attempt(f"multicast {count} {types[:count]} narrow={narrow}", lambda: net.infer_type_partial(**given))
            attempt(f"  complete", lambda: net.infer_type(**given))
for dtype in ["float16", "float32", "float64", "int32", "uint8", None]:
    given = {"a": dtype} if dtype else {}
    attempt(f"amp_cast from {dtype}", lambda: S.amp_cast(V("a"), dtype="float16").infer_type_partial(**given))
    attempt(f"amp_cast + b, a {dtype}", lambda: (S.amp_cast(V("a"), dtype="float16") + V("b")).infer_type_partial(**given))
    attempt(f"amp_cast + b, b {dtype}", lambda: (S.amp_cast(V("a"), dtype="float16") + V("b")).infer_type_partial(
        **({"b": dtype} if dtype else {})))
    attempt(f"Cast + b, b {dtype}", lambda: (S.Cast(V("a"), dtype="float16") + V("b")).infer_type_partial(
        **({"b": dtype} if dtype else {})))
