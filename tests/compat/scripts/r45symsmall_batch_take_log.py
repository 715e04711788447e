"""batch_take's shape function logs its deprecation line each time MXNet's inference calls it, before any error it raises."""
import re
import sys

import mxnet as mx

sys.path.insert(0, '.')
from _stderr import stderr_of


def last_line(result):
    if not isinstance(result, Exception):
        return result
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(result).split('\n')[-1])


a, b = mx.sym.var('a'), mx.sym.var('b')
cases = [('both unknown', dict()), ('indices unknown', dict(a=(2, 3))), ('data unknown', dict(b=(2,))),
         ('known', dict(a=(2, 3), b=(2,))), ('sizes differ', dict(a=(2, 3), b=(3,))),
         ('3-d data', dict(a=(2, 2, 3), b=(2, 2)))]
for name, shapes in cases:
    for method in ('infer_shape', 'infer_shape_partial'):
        y = mx.sym.batch_take(a, b)
        result, lines = stderr_of(lambda: getattr(y, method)(**shapes))
        print(name, method, type(result).__name__, last_line(result))
        print('  logged:', lines)
