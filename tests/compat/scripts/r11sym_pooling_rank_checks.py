"""infer_shape(_partial) of Pooling checks the data's rank as soon as it is known (3 to 5 dimensions, the kernel's
rank plus two unless global pooling), in MXNet's words, before any unknown dimension is decided."""
import re

import mxnet as mx

x = mx.sym.var("x")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


for params in ({"kernel": (2,)}, {"kernel": (2, 2)}, {"kernel": (1, 1, 1)}, {"kernel": (2, 2), "global_pool": True}):
    for shape in ((2,), (0, 3), (2, 3), (2, 3, 4), (0, 0, 0, 0), (1, 1, 2, 2, 2), (2, 3, 4, 4, 4, 4)):
        try:
            result = mx.sym.Pooling(x, name="p", **params).infer_shape_partial(x=shape)
            print(params, shape, "->", result)
        except mx.base.MXNetError as e:
            print(params, shape, "raised", essential(e))
