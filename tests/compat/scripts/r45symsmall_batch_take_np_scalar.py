"""Under NumPy shapes too, batch_take's shape function reads a 0-d data or indices as unknown: the output takes the indices' shape, and 0-d indices leave it unknown for the size check to refuse."""
import re
import sys

import mxnet as mx

sys.path.insert(0, '.')
from _stderr import stderr_of

mx.npx.set_np()
a, b = mx.sym.var('a'), mx.sym.var('b')
cases = [('known', dict(a=(2, 3), b=(2,))), ('0-d indices', dict(a=(2, 3), b=())), ('0-d data', dict(a=(), b=(2,))),
         ('both 0-d', dict(a=(), b=()))]
for name, shapes in cases:
    for method in ('infer_shape_partial', 'infer_shape'):
        y = mx.sym.batch_take(a, b)
        result, lines = stderr_of(lambda: getattr(y, method)(**shapes))
        shown = re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(result).split('\n')[-1]) if isinstance(result, Exception) \
            else result
        print(name, method, shown, len([line for line in lines if 'deprecated' in line]))
