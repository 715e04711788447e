"""dot, batch_dot, linalg.gemm2 and broadcast_like compare sizes before they wait for unknown ones, as MXNet's shape
functions do (an unknown size is -1 there), and give partial outputs otherwise."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


a, b = S.var('a'), S.var('b')
for name, sym in [('dot', S.dot(a, b, name='t')), ('dotTa', S.dot(a, b, transpose_a=True, name='t')), ('dotTb', S.dot(a, b, transpose_b=True, name='t')),
                  ('bdot', S.batch_dot(a, b, name='t')), ('bdotTb', S.batch_dot(a, b, transpose_b=True, name='t')),
                  ('gemm2', S.linalg.gemm2(a, b, name='t')), ('gemm2Ta', S.linalg.gemm2(a, b, transpose_a=True, name='t')),
                  ('blike', S.broadcast_like(a, b, name='t'))]:
    for kw in [dict(a=(2, 0), b=(3, 4)), dict(a=(0, 3), b=(3, 4)), dict(a=(2, 3), b=(0, 4)), dict(a=(2, 3), b=(4, 0)), dict(a=(0, 0), b=(3, 4)),
               dict(a=(2, 3, 4), b=(0, 4, 5)), dict(a=(2, 5, 4), b=(2, 4, 0)), dict(a=(2, 0, 4), b=(2, 4, 5)), dict(a=(1, 3), b=(0, 5)), dict(a=(2, 3), b=(0, 3))]:
        if name == 'bdotTb' and kw == dict(a=(2, 5, 4), b=(2, 4, 0)):
            continue        # (MXNet compares an unknown contracted size here only)
        for f in (sym.infer_shape_partial,):
            try:
                print(name, kw, f(**kw))
            except mx.base.MXNetError as e:
                print(name, kw, 'EXC', essential(e))
