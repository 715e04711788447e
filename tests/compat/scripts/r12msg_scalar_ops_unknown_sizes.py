"""Arithmetic of a 0-size legacy NDArray with a number fails naming MXNet's scalar operator and its scalar."""
import numpy as np

import mxnet as mx


def essential(error):
    """The message's lines, without a C++ traceback or repeated type name, on one line."""
    lines = [x for x in str(error).strip().split("\n") if not x.startswith(("Traceback", "  File"))]
    return " | ".join(lines).replace("MXNetError: ", "")


CALLS = [("3.0 * x", lambda x: 3.0 * x), ("x / 180", lambda x: x / 180), ("180 / x", lambda x: 180 / x),
         ("x + 1", lambda x: x + 1), ("1 + x", lambda x: 1 + x), ("x - 1", lambda x: x - 1),
         ("1 - x", lambda x: 1 - x), ("x ** 2", lambda x: x ** 2), ("2 ** x", lambda x: 2 ** x),
         ("x % 2", lambda x: x % 2), ("2 % x", lambda x: 2 % x), ("-x", lambda x: -x),
         ("x == 1", lambda x: x == 1), ("x != 1", lambda x: x != 1), ("x > 0.5", lambda x: x > 0.5),
         ("x <= 1", lambda x: x <= 1), ("x += 1", lambda x: x.__iadd__(1)),
         ("maximum", lambda x: mx.nd.maximum(x, 1)), ("minimum", lambda x: mx.nd.minimum(2.5, x))]
for shape, dtype in [((0,), "float32"), ((2, 0), "int32")]:
    for label, call in CALLS:
        try:
            print(shape, dtype, label, "->", call(mx.nd.array(np.zeros(shape), dtype=dtype)).shape)
        except mx.base.MXNetError as e:
            print(shape, dtype, label, "raised", essential(e))
