"""take and scatter_nd infer shapes with unknown sizes as MXNet: take waits for its whole index, checks the axis
against the array's rank and gives the index's shape in place of that axis; scatter_nd's output is its shape."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


a, i = S.var('a'), S.var('i')
for name, sym in [('take1', S.take(a, i, axis=1, name='t')), ('take0', S.take(a, i, name='t')), ('take-1', S.take(a, i, axis=-1, name='t')),
                  ('takeclip', S.take(a, i, axis=1, mode='wrap', name='t')),
                  ('scatter', S.scatter_nd(a, i, shape=(3, 4), name='t')), ('scatter1', S.scatter_nd(a, i, shape=(4,), name='t'))]:
    for kw in [dict(a=(0, 0), i=(2,)), dict(a=(2, 3)), dict(i=(2, 3)), dict(a=(0, 3), i=(0, 2)), dict(a=(2, 0), i=(2, 2)), dict(), dict(a=(5,)), dict(a=(5,), i=(2, 5)), dict(a=(5,), i=(1, 5))]:
        for f in (sym.infer_shape_partial, sym.infer_shape):
            try:
                print(name, kw, f(**kw))
            except mx.base.MXNetError as e:
                print(name, kw, 'EXC', essential(e))
