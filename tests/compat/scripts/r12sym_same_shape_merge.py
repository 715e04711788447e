"""Elementwise ops (add_n, elemwise_add, ==) merge their inputs' shapes in turn, unknown dimensions filled, and refuse
the first input that does not fit with what was known so far (-1 for unknown), as MXNet's shape rule; positional
infer_shape fails with MXNet's C++ words."""
import itertools
import re

import mxnet as mx

S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


shapes = [None, (2, 3), (2, 0), (0, 3), (2, 4), (2, 3, 1)]
add_n = S.add_n(S.var("a"), S.var("b"), S.var("c"), name="n")
pair = S.elemwise_add(S.var("a"), S.var("b"), name="n")
for sym, count in ((add_n, 3), (pair, 2), (S.var("a") == S.var("b"), 2)):
    for given in itertools.product(shapes, repeat=count):
        kwargs = {k: v for k, v in zip("abc", given) if v}
        try:
            print(kwargs, "->", sym.infer_shape_partial(**kwargs))
        except mx.base.MXNetError as e:
            print(kwargs, "raised", essential(e))
for args in (((2, 3),), ((2, 3), (2, 3)), (None, (2, 3))):
    try:
        print(args, "->", pair.infer_shape(*args))
    except mx.base.MXNetError as e:
        print(args, "raised", essential(e))
