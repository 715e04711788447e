"""infer_shape(_partial) of Convolution and Deconvolution refuses data whose rank, once known (even with unknown
dimensions), is not the kernel's plus two, in MXNet's words; var(attr=<not a dict>) fails as MXNet's call does."""
import re

import mxnet as mx

S = mx.sym
x = S.var("x")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


for op in ("Convolution", "Deconvolution"):
    for kernel in ((3,), (3, 3), (1, 1, 1)):
        for shape in ((2,), (0, 3), (0, 0, 0), (2, 3, 4, 4, 4, 4)):
            try:
                result = getattr(S, op)(x, kernel=kernel, num_filter=2, name="c").infer_shape_partial(x=shape)
                print(op, kernel, shape, "->", result)
            except mx.base.MXNetError as e:
                print(op, kernel, shape, "raised", essential(e))
try:
    S.var("v", attr="not a dict")
except TypeError as e:
    print("var attr", re.sub(r"^\w+\.", "", str(e)))
