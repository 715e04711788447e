"""batch_take in a graph reads a 0-d data or indices an op computed (split's squeezed parts) as unknown: the output takes the indices' shape, and a 0-d indices leaves it unknown, so its size check refuses the unknown shape."""
import re
import sys

import mxnet as mx

sys.path.insert(0, '.')
from _stderr import stderr_of


def last_line(result):
    if not isinstance(result, Exception):
        return result
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(result).split('\n')[-1])


x, a, b = mx.sym.var('x'), mx.sym.var('a'), mx.sym.var('b')
parts = mx.sym.split(x, num_outputs=4, squeeze_axis=1, axis=0)
cases = [('scalar data, scalar indices', mx.sym.batch_take(parts[0], parts[1]), dict(x=(4,))),
         ('data, scalar indices', mx.sym.batch_take(a, parts[0]), dict(x=(4,), a=(2, 3))),
         ('unknown data, scalar indices', mx.sym.batch_take(a, parts[0]), dict(x=(4,))),
         ('scalar data, indices', mx.sym.batch_take(parts[0], b), dict(x=(4,), b=(2,))),
         ('scalar data, unknown indices', mx.sym.batch_take(parts[0], b), dict(x=(4,)))]
for name, y, shapes in cases:
    for method in ('infer_shape', 'infer_shape_partial'):
        result, lines = stderr_of(lambda: getattr(y, method)(**shapes))
        print(name, method, type(result).__name__, last_line(result))
        print('  logged:', [line for line in lines if 'deprecated' in line])
