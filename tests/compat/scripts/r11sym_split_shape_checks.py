"""infer_shape(_partial) of split (SliceChannel) checks its axis against the known rank and that num_outputs divides
the axis (-1 while unknown, as MXNet's C++ remainder sees it), in MXNet's words."""
import re

import mxnet as mx

x = mx.sym.var("x")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


for params in ({"num_outputs": 2, "axis": 1}, {"num_outputs": 2, "axis": 0}, {"num_outputs": 1, "axis": 1},
               {"num_outputs": 3, "axis": -1, "squeeze_axis": True}, {"num_outputs": 2, "axis": 2},
               {"num_outputs": 2, "axis": -3}):
    for shape in ((2,), (0, 3), (0, 4), (4, 0), (2, 3), (3, 0)):
        try:
            print(params, shape, "->", mx.sym.split(x, name="sp", **params).infer_shape_partial(x=shape))
        except mx.base.MXNetError as e:
            print(params, shape, "raised", essential(e))
