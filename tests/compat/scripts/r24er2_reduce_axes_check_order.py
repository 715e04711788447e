"""A reduction's axes are checked as MXNet does: sorted, duplicates first, then the largest, then the smallest."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import nd


def shown(e):
    """The exception's type and its whole message after the C++ frame MXNet names (times of day masked)."""
    text = re.sub(r'^Traceback \(most recent call last\):\n  File "[^"]*", line \d+\n(MXNetError: )?', "", str(e))
    return f"{type(e).__name__}: {re.sub(r'[0-9]{2}:[0-9]{2}:[0-9]{2}', 'hh:mm:ss', text)!r}"


x = mx.sym.var("x")
for axes in [(9, 9), (0, 0), (1, 1), (5, 0), (0, 5), (-1, 1), (9,), (1, 9, 9), (-9, -9), (-3, 2), (2, -3)]:
    for op in ["sum", "mean", "max", "min", "prod", "nansum", "norm"]:
        try:
            print(op, axes, "->", getattr(nd, op)(nd.ones((2, 3)), axis=axes).shape)
        except Exception as e:
            print(op, axes, "raises", shown(e))
    try:
        print("sym.sum", axes, "->", mx.sym.sum(x, axis=axes).infer_shape(x=(2, 3))[1])
    except Exception as e:
        print("sym.sum", axes, "raises", shown(e))
