"""where infers shapes as MXNet: it waits for the whole condition, x and y share one shape when they can (silently not
when they cannot), a condition of their rank is kept as given and a 1-D one needs one value per row."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


w = S.where(S.var('c'), S.var('a'), S.var('b'), name='wh')
for kw in [dict(c=(3,), a=(0, 3)), dict(c=(0,), a=(3, 3)), dict(c=(3,)), dict(c=(2,), a=(3,)), dict(c=(3,), a=(3,)),
           dict(c=(2, 3), a=(2, 0)), dict(c=(2, 3), a=(3,)), dict(c=(2, 1, 1), a=(0, 3), b=(2, 3)), dict(a=(2, 3), b=(2, 4)),
           dict(c=(2, 3), a=(2, 3), b=(2, 4)), dict(c=(2, 4), a=(2, 3)), dict(c=(0, 4), a=(2, 0)), dict(c=(2, 3)), dict(a=(2, 3)),
           dict(c=(3,), a=(3, 2), b=(3, 0)), dict(c=(2, 3), a=(2, 3), b=(2, 3))]:
    for f in (w.infer_shape, w.infer_shape_partial):
        try:
            print(kw, f(**kw))
        except mx.base.MXNetError as e:
            print(kw, 'EXC', essential(e))
