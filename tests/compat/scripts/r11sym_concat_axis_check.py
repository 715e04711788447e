"""infer_shape(_partial) of concat checks its dim against the first input of known rank, even while the other
inputs are unknown, with MXNet's CheckAxis message."""
import re

import mxnet as mx

S = mx.sym
x, y = S.var("x"), S.var("y")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


for dim in (1, -2, 0, 2):
    for given in ({"x": (2,)}, {"x": (2,), "y": (0,)}, {"x": (2, 3)}, {"y": (2,)}, {"x": (0, 0)}, {"x": (2,), "y": (2,)}):
        try:
            print(dim, given, "->", S.concat(x, y, dim=dim, name="cc").infer_shape_partial(**given))
        except mx.base.MXNetError as e:
            print(dim, given, "raised", essential(e))
