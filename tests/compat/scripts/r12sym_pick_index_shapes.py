"""pick refuses an index shape with MXNet's inferred shape (the kept axis as 1 for an index of the data's rank, else
removed) and reads 1-D data whatever the axis."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


d, i = S.var('d'), S.var('i')
for kd in (False, True):
    for ax in (-1, 0, 1):
        for ds, isz in [((4, 3), (2, 3)), ((5, 3), (1,)), ((4,), (2,)), ((4, 3), (4,)), ((4, 3), (4, 1)), ((4, 3), (3,)), ((2, 3, 4), (2, 4)), ((2, 3, 4), (3, 1, 4))]:
            try:
                print(kd, ax, ds, isz, S.pick(d, i, axis=ax, keepdims=kd, name='p').infer_shape(d=ds, i=isz))
            except mx.base.MXNetError as e:
                print(kd, ax, ds, isz, 'EXC', essential(e))
